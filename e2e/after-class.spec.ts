import { expect, test } from "@playwright/test";
import { readFile } from "node:fs/promises";
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

test("after class: the teacher reports, filters, replays, downloads, grades and deletes; students read only their own table", async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const teacher = await person(browser, "Europe/Paris");
  await signUpTeacher(teacher, "Mrs Archer");
  const { joinUrl } = await createSession(teacher, "After class", {
    tables: 2,
    minutes: { Reading: 0, "Opening statements": 0, Negotiation: 10, "Final proposals": 0, Signing: 0 },
  });
  const names = ["Amy", "Ben", "Cat", "Dan"]; // table 1 US, table 2 US, table 1 DPRK, table 2 DPRK
  // Ben's phone is in Seoul: pages the server draws use each viewer's own clock.
  const [amy, ben, cat, dan] = await Promise.all(
    names.map((n) => phone(browser, 390, n === "Ben" ? "Asia/Seoul" : undefined)),
  );
  for (const [i, page] of [amy!, ben!, cat!, dan!].entries()) await joinAs(page, joinUrl, names[i]!);
  await teacher.getByRole("button", { name: "Start the session" }).click();
  await say(amy!, "Table one, floor: verification first, please.");
  await say(amy!, "Table one, US only: hold the line.", "My delegation");
  await say(ben!, "Table two: a different conversation.");
  await expect(await log(cat!)).toContainText("verification first");
  await propose(cat!, HANOI_BARGAIN);
  await propose(ben!, COMPREHENSIVE_DEAL);
  await openTab(dan!, "Deal");
  await expect(card(dan!, 1).getByTestId("verdict")).toHaveText("The editorial would sign");
  await endAll(teacher);

  // A student of table 2 reads their own table's transcript, and nothing of table 1.
  await expect(ben!.getByRole("link", { name: "Read your table's whole transcript" })).toBeVisible();
  await ben!.getByRole("link", { name: "Read your table's whole transcript" }).click();
  // On a phone the transcript reads as a conversation, in words: no channel codes, nothing sideways.
  const benTranscript = ben!.getByRole("list", { name: "Transcript" });
  await expect(benTranscript).toContainText("Table two: a different conversation.");
  await expect(benTranscript).not.toContainText("Table one");
  await expect(benTranscript).not.toContainText("delegation:");
  await expect(ben!.getByText("Times in Asia/Seoul (GMT+09:00)")).toBeVisible();
  expect(await ben!.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
  // Table 1's DPRK reads the floor but not the US delegation's private channel.
  await cat!.goto("/play/transcript");
  await expect(cat!.getByRole("list", { name: "Transcript" })).toContainText("verification first");
  await expect(cat!.getByRole("list", { name: "Transcript" })).not.toContainText("hold the line");

  await teacher.getByRole("link", { name: "Report" }).click();
  await expect(teacher.getByRole("heading", { name: "Report: After class" })).toBeVisible();
  await expect(teacher.getByText(/times in Europe\/Paris \(GMT\+0[12]:00\)/)).toBeVisible();
  await expect(teacher.getByTestId("participation-Dan")).toContainText("said nothing");
  await expect(
    teacher.getByRole("figure", { name: "Table 1: the editorial score of each version" }).getByRole("img"),
  ).toHaveAttribute("aria-label", /version 1 1\.6/);
  await expect(
    teacher.getByRole("figure", { name: "Table 2: the editorial score of each version" }).getByRole("img"),
  ).toHaveAttribute("aria-label", /version 1 95\.5/);
  // Filter: one student, then a search.
  const filters = teacher.getByRole("form", { name: "Filter the transcript" });
  await filters.getByLabel("Student").selectOption({ label: "Amy" });
  await filters.getByRole("button", { name: "Apply" }).click();
  const events = teacher.getByRole("table", { name: "Events of the session" });
  await expect(events).toContainText("hold the line");
  await expect(events).not.toContainText("different conversation");
  expect(teacher.url()).not.toContain("Amy");
  await filters.getByLabel("Student").selectOption({ label: "All" });
  await filters.getByLabel("Search").fill("DIFFERENT");
  await filters.getByRole("button", { name: "Apply" }).click();
  await expect(teacher.getByRole("status").filter({ hasText: "matching" })).toHaveText("1 matching event.");

  // Grade a student.
  const amyRow = teacher.getByTestId("participation-Amy");
  await amyRow.getByLabel("Grade for Amy").fill("A-");
  await amyRow.getByLabel("Comment for Amy").fill("Kept the table on verification.");
  await amyRow.getByRole("button", { name: "Save for Amy" }).click();
  await expect(amyRow.getByRole("status")).toHaveText("Saved");

  // Downloads: the transcript, and a gradebook with the grade and comment just saved.
  const [csv] = await Promise.all([
    teacher.waitForEvent("download"),
    teacher.getByRole("link", { name: "Transcript (CSV)" }).click(),
  ]);
  expect(await readFile((await csv.path()) ?? "", "utf8")).toContain("Table two: a different conversation.");
  const [gradebook] = await Promise.all([
    teacher.waitForEvent("download"),
    teacher.getByRole("link", { name: "Gradebook (CSV)" }).click(),
  ]);
  expect(await readFile((await gradebook.path()) ?? "", "utf8")).toContain("Amy,1,United States,");
  expect(await readFile((await gradebook.path()) ?? "", "utf8")).toContain("A-,Kept the table on verification.");
  const [pdf] = await Promise.all([
    teacher.waitForEvent("download"),
    teacher.getByRole("link", { name: "PDF report" }).click(),
  ]);
  const pdfBytes = await readFile((await pdf.path()) ?? "");
  expect(pdfBytes.subarray(0, 5).toString()).toBe("%PDF-");
  expect(pdf.suggestedFilename()).toMatch(/\.pdf$/);

  // Replay: step back to before the first message and forward again.
  await teacher.getByRole("link", { name: "Replay a table step by step" }).click();
  const scrubber = teacher.getByLabel(/^Step \d+ of \d+$/);
  await scrubber.fill("0");
  await expect(teacher.getByTestId("replay-now")).toContainText("before the first event");
  await expect(teacher.getByRole("log", { name: "Messages: Floor" })).not.toContainText("verification first");
  await scrubber.press("End");
  await expect(teacher.getByRole("log", { name: "Messages: Floor" })).toContainText("verification first");
  await teacher.getByRole("link", { name: "Back to the report" }).click();

  // Archive: students are told what happened instead of being sent away without a word.
  teacher.once("dialog", (dialog) => void dialog.accept());
  await teacher.getByRole("button", { name: "Archive (end students' access)" }).click();
  await expect(teacher.getByRole("button", { name: "Archived" })).toBeDisabled();
  await ben!.goto("/play");
  await expect(ben!.getByRole("heading", { name: "This session is archived" })).toBeVisible();
  await expect(ben!.getByRole("status")).toContainText("Your teacher has archived this session");

  // Delete: gone for the teacher, and the students' tokens no longer open anything.
  teacher.once("dialog", (dialog) => void dialog.accept());
  await teacher.getByRole("button", { name: "Delete session and student data" }).click();
  await expect(teacher.getByRole("heading", { name: "Your sessions" })).toBeVisible();
  await expect(teacher.getByText("After class")).toHaveCount(0);
  await ben!.goto("/play/transcript");
  await expect(ben!).toHaveURL(/\/join$/);
});
