import { expect, test } from "@playwright/test";
import { COMPREHENSIVE_DEAL, createSession, HANOI_BARGAIN, joinAs, log, person, propose, say, signUpTeacher } from "./fixtures";

test("a teacher runs a round: three students join, talk, see a bargain fail and sign a deal", async ({ browser }) => {
  const teacher = await person(browser);
  await signUpTeacher(teacher, "Ms Rivera");
  // One timed round: every phase but the negotiation is skipped.
  const { joinUrl, code } = await createSession(teacher, "Period 3 — Hanoi", {
    minutes: { Reading: 0, "Opening statements": 0, Negotiation: 10, "Final proposals": 0, Signing: 0 },
  });
  expect(code).toMatch(/^[A-Z2-9]{6}$/);

  const [us, dprk, china] = [await person(browser), await person(browser), await person(browser)];
  await joinAs(us, joinUrl, "Avery");
  await joinAs(dprk, joinUrl, "Bao");
  await joinAs(china, joinUrl, "Chen");
  // Balanced placement seats them in join order: United States, DPRK, China.
  await expect(us.getByText("United States").first()).toBeVisible();
  await expect(teacher.getByTestId("student-count")).toHaveText("3");

  await teacher.getByRole("button", { name: "Start the session" }).click();
  for (const page of [us, dprk, china]) await expect(page.getByRole("timer")).toBeVisible();
  const clocks = await Promise.all([us, dprk, china, teacher].map((p) => p.getByRole("timer").first().textContent()));
  const seconds = clocks.map((c) => Number(c?.split(":")[0]) * 60 + Number(c?.split(":")[1]));
  expect(Math.max(...seconds) - Math.min(...seconds)).toBeLessThanOrEqual(1);

  await say(us, "We want every site on the table, not just Yongbyon.");
  await say(dprk, "Sanctions first, then we talk about sites.");
  for (const page of [us, dprk, china]) {
    await expect(log(page)).toContainText("We want every site on the table, not just Yongbyon.");
    await expect(log(page)).toContainText("Sanctions first, then we talk about sites.");
  }

  // A refresh brings a student back to the same seat, with the floor's history.
  await china.reload();
  await expect(china.getByText("Chen (you)")).toBeVisible();
  await expect(log(china)).toContainText("Sanctions first, then we talk about sites.");

  await propose(dprk, HANOI_BARGAIN);
  for (const page of [us, dprk, china, teacher]) {
    const card = page.getByRole("article", { name: "Deal, version 1" });
    await expect(card.getByTestId("verdict")).toHaveText("Verdict: Walk away");
    await expect(card.getByText("Red line crossed", { exact: false })).toBeVisible();
    await expect(card.getByRole("list", { name: "Scores by criterion" })).toContainText("Reciprocity");
  }

  await propose(us, COMPREHENSIVE_DEAL);
  const deal = (page: typeof us) => page.getByRole("article", { name: "Deal, version 2" });
  await expect(deal(dprk).getByTestId("verdict")).toHaveText("Verdict: Sign");
  await deal(dprk).getByRole("button", { name: "Accept version 2" }).click();
  await deal(china).getByLabel("Reason (optional)").fill("Stability on our border");
  await deal(china).getByRole("button", { name: "Accept version 2" }).click();
  for (const page of [us, dprk, china, teacher]) {
    await expect(deal(page).getByTestId("proposal-status")).toHaveText("Signed by all three delegations");
  }

  await teacher.getByRole("group", { name: "Clock for all tables" }).getByRole("button", { name: "End all tables" }).click();
  await expect(us.getByRole("heading", { name: /Outcome: deal signed/ })).toBeVisible();

  await teacher.getByRole("link", { name: "Transcript" }).click();
  const transcript = teacher.getByRole("table", { name: "Events of the session" });
  for (const text of [
    "We want every site on the table, not just Yongbyon.",
    "Version 1:",
    "verdict Walk away",
    "Version 2:",
    "verdict Sign",
    "Accepted version 2: “Stability on our border”",
    "Version 2 signed by all three delegations",
    "Negotiation",
    "Debrief (ended by the teacher)",
    "Negotiation (started by the teacher)",
  ]) {
    await expect(transcript).toContainText(text);
  }
  await expect(transcript.locator("tr[data-kind=join]")).toHaveCount(3);

  // After class: the CSV holds the conversation; another teacher gets nothing; deleting removes it.
  const [download] = await Promise.all([teacher.waitForEvent("download"), teacher.getByRole("link", { name: "Download CSV" }).click()]);
  const csv = await (await import("node:fs/promises")).readFile((await download.path()) ?? "", "utf8");
  expect(csv).toContain("We want every site on the table, not just Yongbyon.");
  expect(download.suggestedFilename()).toMatch(/^summit-[0-9a-f]{8}\.csv$/);
  const exportUrl = new URL(teacher.url().replace("/transcript", "/export?format=json"));
  const stranger = await person(browser);
  await signUpTeacher(stranger, "Mr Nosy");
  expect((await stranger.request.get(exportUrl.toString())).status()).toBe(404);
  expect((await stranger.goto(teacher.url()))?.status()).toBe(404);
  teacher.once("dialog", (dialog) => void dialog.accept());
  await teacher.getByRole("button", { name: "Delete session and student data" }).click();
  await expect(teacher.getByRole("heading", { name: "Your sessions" })).toBeVisible();
  await expect(teacher.getByRole("link", { name: "Period 3 — Hanoi" })).toHaveCount(0);
  expect((await teacher.request.get(exportUrl.toString())).status()).toBe(404);
});
