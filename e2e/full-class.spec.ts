import { expect, test, type Page } from "@playwright/test";
import {
  card,
  COMPREHENSIVE_DEAL,
  createSession,
  endAll,
  joinAs,
  log,
  nextPhase,
  openTab,
  person,
  phone,
  propose,
  say,
  sideways,
  signUpTeacher,
  violations,
} from "./fixtures";

const TABS = ["Talk", "Deal", "Positions", "Brief"] as const;

/** Every tab of every phone, in the phase the class is in: nothing may scroll sideways. */
async function noSideways(phones: Page[], phase: string) {
  for (const page of phones) {
    for (const tab of TABS) {
      await openTab(page, tab);
      expect(await sideways(page), `${phase}, ${tab} tab, ${page.viewportSize()?.width} px`).toBeLessThanOrEqual(0);
    }
    await openTab(page, "Talk");
  }
}

test("a full class: the projector fills up, the teacher sees every table, deals sign at once, walking away takes a majority, pause freezes, End asks, a table reopens", async ({
  browser,
}) => {
  test.setTimeout(300_000);
  const teacher = await person(browser);
  await signUpTeacher(teacher, "Ms Okafor");
  const { joinUrl } = await createSession(teacher, "Full class", {
    tables: 2,
    minutes: { Reading: 5, "Opening statements": 5, Negotiation: 20, "Final proposals": 5, Signing: 3 },
  });
  const session = teacher.url();
  const projector = await teacher.context().newPage();
  await projector.setViewportSize({ width: 1920, height: 1080 });
  await projector.goto(`${session}/projector`);

  // Join order seats: t1 US, t2 US, t1 DPRK, t2 DPRK, t1 China; half the phones are 360 px wide.
  const names = ["Ana", "Ben", "Cleo", "Dev", "Eli"];
  const phones: Page[] = [];
  for (const [i, name] of names.entries()) {
    const page = await phone(browser, i % 2 === 0 ? 390 : 360);
    await joinAs(page, joinUrl, name);
    phones.push(page);
    await expect(
      projector.getByTestId(`projector-names-${i % 2 === 0 ? 1 : 2}-${["US", "US", "DPRK", "DPRK", "CHINA"][i]}`),
    ).toContainText(name);
  }
  const [ana, ben, cleo, dev, eli] = phones as [Page, Page, Page, Page, Page];
  await expect(projector.getByTestId("projector-count")).toHaveText("5");

  // The computer plays China at table 2, and is never counted as a student.
  await teacher.getByRole("button", { name: "Let the computer play China at table 2" }).click();
  await expect(teacher.getByRole("region", { name: "Table 2 (2 students)" })).toContainText(
    "China (computer, table 2)",
  );
  await expect(projector.getByTestId("projector-names-2-CHINA")).toContainText("computer");
  const fay = await phone(browser); // the next student makes table 1's US delegation two strong
  await joinAs(fay, joinUrl, "Fay");
  phones.push(fay);
  await expect(teacher.getByTestId("student-count")).toHaveText("6");
  await expect(projector.getByTestId("projector-count")).toHaveText("6");
  await expect(teacher.getByRole("region", { name: "Table 1 (4 students)" })).toContainText("Fay");
  expect(await violations(teacher), "cockpit in the lobby").toEqual([]);
  expect(await violations(projector), "projector lobby").toEqual([]);
  await noSideways(phones, "lobby");

  await teacher.getByRole("button", { name: "Start the session" }).click();
  await expect(ana.getByTestId("phase-rule")).toContainText("Read the scenario");
  await expect(projector.getByTestId("projector-code")).toHaveCount(0);
  await noSideways(phones, "reading");

  await nextPhase(teacher);
  await expect(ana.getByTestId("phase-rule")).toContainText("Publish your delegation's position");
  await noSideways(phones, "opening");
  // A revision starts from the delegation's current position, and the publish says so.
  await openTab(ana, "Positions");
  await ana.getByLabel("Statement").fill("Every site, verified.");
  await ana.getByRole("button", { name: "Publish position" }).click();
  await expect(ana.getByRole("status").filter({ hasText: "Published" })).toBeVisible();
  await openTab(fay, "Positions");
  await expect(fay.getByLabel("Statement")).toHaveValue("Every site, verified.");

  await nextPhase(teacher);
  await expect(ana.getByTestId("phase-rule")).toContainText("Negotiate");
  await noSideways(phones, "negotiation");

  // Table 2: a deal both the DPRK and the computer accept during the negotiation signs at once.
  await propose(ben, COMPREHENSIVE_DEAL);
  await openTab(dev, "Deal");
  await card(dev, 1).getByRole("button", { name: "Accept version 1" }).click();
  await expect(card(ben, 1).getByTestId("proposal-status")).toHaveText("Signed by every delegation");
  await expect(ben.getByTestId("phase-rule")).toContainText("Your table signed version 1");
  await expect(ben.getByRole("timer")).toHaveCount(0);
  await expect(teacher.getByTestId("table-card-2").getByTestId("table-outcome")).toHaveText(
    "The table signed version 1.",
  );
  await expect(teacher.getByTestId("table-card-2").getByRole("timer")).toHaveCount(0);
  await expect(teacher.getByTestId("table-card-1").getByRole("timer")).toBeVisible();

  // Table 1: one US member proposes walking away; the table sees it; it takes the second to decide.
  await openTab(ana, "Deal");
  await ana.getByRole("button", { name: "Propose walking away…" }).click();
  await ana.getByLabel("Why (optional)").fill("Nothing verifiable on offer.");
  await ana.getByRole("button", { name: "Vote to walk away" }).click();
  await expect(ana.getByTestId("my-walk-vote")).toContainText("1 of 2 votes needed");
  await openTab(cleo, "Deal");
  await expect(cleo.getByTestId("walk-threat")).toContainText(
    "The United States delegation is voting to walk away (1 of 2 votes)",
  );
  await expect(teacher.getByTestId("table-card-1")).toContainText("United States is voting to walk away (1 of 2)");
  await say(cleo, "Please stay: we can move on verification.");
  await expect(await log(ana)).toContainText("Please stay");
  await openTab(fay, "Deal");
  await fay.getByRole("button", { name: "Vote to walk away too" }).click();
  await expect(cleo.getByTestId("phase-rule")).toContainText("The United States delegation walked away");
  await expect(teacher.getByTestId("table-card-1").getByTestId("table-outcome")).toContainText("walked away");

  // The teacher undoes it: the table negotiates again with time on the clock.
  await teacher
    .getByRole("group", { name: "Clock for table 1" })
    .getByRole("button", { name: /^Reopen table 1/ })
    .click();
  await expect(cleo.getByTestId("phase-rule")).toContainText("Negotiate");
  await expect(cleo.getByRole("timer")).toBeVisible();
  await say(cleo, "Back at the table.");
  await expect(await log(eli)).toContainText("Back at the table.");

  // Pause freezes the table: the student sees who paused it and cannot send.
  await teacher
    .getByRole("group", { name: "Clock for all tables" })
    .getByRole("button", { name: "Pause all tables" })
    .click();
  await expect(eli.getByTestId("phase-rule")).toHaveText(
    "Paused by Ms Okafor: nothing can be sent until the clock runs again.",
  );
  await openTab(eli, "Talk");
  await eli.getByLabel("Message to Floor").fill("Can I still talk?");
  await expect(eli.getByTestId("chat-closed")).toHaveText(
    "Paused by Ms Okafor: nothing can be sent until the clock runs again.",
  );
  await expect(eli.getByRole("button", { name: "Send", exact: true })).toBeDisabled();
  await eli.getByLabel("Message to Floor").press("Enter");
  await expect(await log(ana)).not.toContainText("Can I still talk?");
  await expect(projector.getByText("Paused by Ms Okafor").first()).toBeVisible();
  await teacher
    .getByRole("group", { name: "Clock for all tables" })
    .getByRole("button", { name: "Resume all tables" })
    .click();
  await expect(eli.getByRole("button", { name: "Send", exact: true })).toBeEnabled();

  // The cockpit shows the whole class without scrolling, and passes an accessibility scan.
  expect(await teacher.evaluate(() => document.documentElement.scrollHeight), "cockpit height").toBeLessThanOrEqual(
    800,
  );
  expect(await violations(teacher), "cockpit running").toEqual([]);
  expect(await violations(projector), "projector board").toEqual([]);
  for (const tab of TABS) {
    await openTab(ana, tab);
    expect(await violations(ana), `phone ${tab} tab`).toEqual([]);
  }
  await teacher.getByRole("button", { name: "Open table 1", exact: true }).click();
  await expect(teacher.getByRole("region", { name: "Table 1, opened" })).toBeVisible();
  expect(await violations(teacher), "cockpit, table opened").toEqual([]);
  await teacher.getByRole("button", { name: "← All tables" }).click();

  await nextPhase(teacher);
  await expect(ana.getByTestId("phase-rule")).toContainText("Last chance");
  await noSideways(phones, "final proposals");
  await nextPhase(teacher);
  await expect(ana.getByTestId("phase-rule")).toContainText("Last call");
  await noSideways(phones, "signing");

  // End asks first; Cancel leaves every table as it was.
  await teacher
    .getByRole("group", { name: "Clock for all tables" })
    .getByRole("button", { name: "End all… for all tables" })
    .click();
  const dialog = teacher.getByRole("dialog");
  await expect(dialog).toContainText("End the negotiation at table 1 now?"); // table 2 signed and is in the debrief already
  await expect(dialog).toContainText("Table 1 has nothing signed and will end with no deal");
  await dialog.getByRole("button", { name: "Cancel" }).click();
  await expect(ana.getByTestId("phase-rule")).toContainText("Last call");
  await endAll(teacher);
  await expect(ana.getByTestId("outcome")).toHaveText(
    "No deal: the teacher ended the table before anything was signed.",
  );
  await openTab(ben, "Deal"); // table 2 reached the debrief earlier, when it had signed
  await expect(ben.getByRole("region", { name: "Debrief: every table against the editorial" })).toBeVisible();
  await noSideways(phones, "debrief");

  // The projector's debrief is slides at projector scale.
  await expect(projector.getByRole("heading", { level: 1 })).toContainText("Table 1");
  const bodySize = await projector.evaluate(() =>
    parseFloat(getComputedStyle(document.querySelector("main td") ?? document.body).fontSize),
  );
  expect(bodySize).toBeGreaterThanOrEqual(28);
  expect(await violations(projector), "projector debrief").toEqual([]);
  await projector.keyboard.press("ArrowRight");
  await projector.keyboard.press("ArrowRight");
  await expect(projector.getByRole("heading", { level: 1 })).toContainText("Discuss:");
});
