import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import {
  card,
  COMPREHENSIVE_DEAL,
  createSession,
  endAll,
  HANOI_BARGAIN,
  joinAs,
  log,
  openTab,
  person,
  phone,
  propose,
  say,
  signUpTeacher,
} from "./fixtures";

test("a teacher runs a round: three students join, talk, see a bargain fail and sign a deal", async ({ browser }) => {
  const teacher = await person(browser);
  await signUpTeacher(teacher, "Ms Rivera");
  // One timed round: every phase but the negotiation is skipped.
  const { joinUrl, code } = await createSession(teacher, "Period 3 — Hanoi", {
    minutes: { Reading: 0, "Opening statements": 0, Negotiation: 10, "Final proposals": 0, Signing: 0 },
  });
  expect(code).toMatch(/^[A-Z2-9]{6}$/);

  const [us, dprk, china] = [await phone(browser), await phone(browser), await person(browser)];
  await joinAs(us, joinUrl, "Avery");
  await joinAs(dprk, joinUrl, "Bao");
  await joinAs(china, joinUrl, "Chen"); // on a laptop: talk sits beside the deal
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
    await expect(await log(page)).toContainText("We want every site on the table, not just Yongbyon.");
    await expect(await log(page)).toContainText("Sanctions first, then we talk about sites.");
  }

  // A refresh brings a student back to the same seat, with the floor's history.
  await china.reload();
  await openTab(china, "Brief");
  await expect(china.getByText("Chen (you)")).toBeVisible();
  await expect(await log(china)).toContainText("Sanctions first, then we talk about sites.");

  // Alerts are off until a student turns them on, and the choice stays on the phone. Then a deal
  // to answer names itself in the tab's title and vibrates the phone, once.
  await openTab(us, "Brief");
  await expect(us.getByRole("checkbox", { name: /A vibration/ })).not.toBeChecked();
  await us.getByRole("checkbox", { name: /A vibration/ }).check();
  await us.reload();
  await openTab(us, "Brief");
  await expect(us.getByRole("checkbox", { name: /A vibration/ })).toBeChecked();
  await expect(us.getByRole("checkbox", { name: /A short sound/ })).not.toBeChecked();
  await us.evaluate(() => {
    const calls: unknown[] = [];
    Object.assign(window, { vibrations: calls });
    navigator.vibrate = (pattern) => calls.push(pattern) > 0;
  });
  const vibrations = () => us.evaluate(() => (window as unknown as { vibrations: unknown[] }).vibrations.length);

  await propose(dprk, HANOI_BARGAIN);
  await expect(us).toHaveTitle(/^\(!\) Answer version 1 · Period 3 — Hanoi/);
  await expect.poll(vibrations).toBe(1);
  await openTab(us, "Deal");
  await openTab(china, "Deal");
  for (const page of [us, dprk, china]) {
    const deal = card(page, 1);
    await expect(deal.getByTestId("verdict")).toHaveText("The editorial would walk away");
    await deal.getByText("Details").click();
    await expect(deal.getByText("Red line crossed", { exact: false })).toBeVisible();
    await expect(deal.getByRole("list", { name: "Scores by criterion" })).toContainText("Reciprocity");
  }

  await propose(us, COMPREHENSIVE_DEAL);
  await expect(card(dprk, 2).getByTestId("verdict")).toHaveText("The editorial would sign");
  await card(dprk, 2).getByRole("button", { name: "Accept version 2" }).click();
  await card(china, 2).getByLabel("Reason for your answer to version 2 (optional)").fill("Stability on our border");
  await card(china, 2).getByRole("button", { name: "Accept version 2" }).click();
  for (const page of [us, dprk, china])
    await expect(card(page, 2).getByTestId("proposal-status")).toHaveText("Signed by every delegation");
  await expect(teacher.getByTestId("table-card-1").getByTestId("table-outcome")).toHaveText(
    "The table signed version 2.",
  );

  await endAll(teacher);
  await openTab(us, "Deal");
  await expect(us.getByTestId("outcome")).toHaveText("Your table signed version 2.");

  await teacher.getByRole("link", { name: "Report" }).click();
  const transcript = teacher.getByRole("table", { name: "Events of the session" });
  for (const text of [
    "We want every site on the table, not just Yongbyon.",
    "Version 1:",
    "the editorial would walk away",
    "Version 2:",
    "the editorial would sign",
    "Accepted version 2: “Stability on our border”",
    "Version 2 signed by every delegation",
    "Debrief (ended by the teacher)",
    "Negotiation (started by the teacher)",
  ]) {
    await expect(transcript).toContainText(text);
  }
  await expect(transcript.locator("tr[data-kind=join]")).toHaveCount(3);
  await expect(transcript).not.toContainText("delegation:");

  // After class: the CSV holds the conversation; another teacher gets nothing; deleting removes it.
  const [download] = await Promise.all([
    teacher.waitForEvent("download"),
    teacher.getByRole("link", { name: "Transcript (CSV)" }).click(),
  ]);
  const csv = await readFile((await download.path()) ?? "", "utf8");
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
