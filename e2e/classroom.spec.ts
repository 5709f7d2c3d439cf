import { expect, test, type Page } from "@playwright/test";
import { createSession, joinAs, log, nextPhase, openTab, person, phone, say, signUpTeacher } from "./fixtures";

const seconds = (text: string | null) => Number(text?.split(":")[0]) * 60 + Number(text?.split(":")[1]);

async function publishPosition(page: Page, statement: string, stances: Record<string, string>) {
  await openTab(page, "Positions");
  const form = page.getByRole("form", { name: "Your delegation's position" });
  await form.getByLabel("Statement").fill(statement);
  const details = form.getByText("Stances on the terms (optional)");
  if (!(await form.getByLabel(`Stance: ${Object.keys(stances)[0]}`).isVisible())) await details.click();
  for (const [term, stance] of Object.entries(stances)) await form.getByLabel(`Stance: ${term}`).selectOption(stance);
  await form.getByRole("button", { name: /Publish (position|revision)/ }).click();
  await expect(form.getByRole("status")).toContainText("Published");
}

test("a lesson at two tables: briefs, channels, sidebars, positions, a late joiner, a reload, offline and the clock", async ({
  browser,
}) => {
  test.setTimeout(240_000);
  const teacher = await person(browser);
  await signUpTeacher(teacher, "Mr Okafor");
  const { joinUrl } = await createSession(teacher, "Two tables", { tables: 2 });

  // Seated in join order: table 1 US, table 2 US, table 1 DPRK, table 2 DPRK, table 1 China, table 2 China.
  const names = ["Ana", "Ben", "Cleo", "Dev", "Eli", "Fay"];
  const students = await Promise.all(names.map(() => phone(browser)));
  const [ana, ben, cleo, dev, eli] = students as [Page, Page, Page, Page, Page, Page];
  for (const [i, page] of students.entries()) await joinAs(page, joinUrl, names[i]!);
  await expect(teacher.getByTestId("student-count")).toHaveText("6");
  await expect(teacher.getByRole("region", { name: "Table 1 (3 students)" })).toBeVisible();
  await expect(teacher.getByRole("region", { name: "Table 2 (3 students)" })).toBeVisible();

  await teacher.getByRole("button", { name: "Start the session" }).click();
  // Reading: each delegation sees its own brief only, and may talk only inside the delegation.
  await expect(ana.getByTestId("phase-rule")).toContainText("Read the scenario");
  await openTab(ana, "Brief");
  await openTab(cleo, "Brief");
  await expect(ana.getByTestId("brief-US")).toBeVisible();
  await expect(ana.getByTestId("brief-DPRK")).toHaveCount(0);
  await expect(cleo.getByTestId("brief-DPRK")).toBeVisible();
  await expect(cleo.getByTestId("brief-US")).toHaveCount(0);
  await openTab(ana, "Talk");
  await expect(ana.getByTestId("chat-closed")).toHaveText("While reading, talk only inside your delegation.");
  await say(ana, "US only: we hold firm on the arsenal.", "My delegation");

  await nextPhase(teacher);
  await expect(ana.getByTestId("phase-rule")).toContainText("Publish your delegation's position");
  await publishPosition(ana, "Every site, verified.", { "Other nuclear sites": "demand", "Sanctions relief": "offer" });
  await publishPosition(cleo, "Relief first.", { "Sanctions relief": "demand", "Nuclear arsenal": "refuse" });
  await publishPosition(ana, "Every site, verified, in phases.", { "Timing of relief": "demand" });
  for (const page of [ana, cleo, eli]) {
    await openTab(page, "Positions");
    await expect(page.getByTestId("position-US")).toContainText("Every site, verified, in phases.");
    await expect(page.getByTestId("position-US")).toContainText("version 2 of 2");
    await expect(page.getByTestId("position-US")).toContainText("We demand: Other nuclear sites"); // the revision started from version 1
    await expect(page.getByTestId("position-DPRK")).toContainText("Relief first.");
  }
  await openTab(ben, "Positions");
  await expect(ben.getByTestId("position-US")).toContainText("no position yet");

  await nextPhase(teacher);
  await expect(ana.getByTestId("phase-rule")).toContainText("Negotiate");
  await say(ana, "Floor: table one, let us begin.");
  await say(ana, "Psst, DPRK: a side deal?", "Sidebar with DPRK");
  await expect(await log(cleo)).toContainText("Floor: table one, let us begin.");
  await expect(await log(ben)).not.toContainText("Floor: table one");
  await say(cleo, "Noted.", "Sidebar with United States");
  await expect(await log(cleo, "Sidebar with United States")).toContainText("Psst, DPRK: a side deal?");
  for (const [page, channel] of [
    [eli, "Sidebar with United States"],
    [eli, "Sidebar with DPRK"],
    [cleo, "My delegation"],
    [ben, "My delegation"],
  ] as const) {
    await openTab(page, "Talk");
    await page
      .getByRole("group", { name: "Channels" })
      .getByRole("button", { name: new RegExp(`^${channel}`) })
      .click();
    await expect(await log(page, channel)).not.toContainText("side deal");
    await expect(await log(page, channel)).not.toContainText("hold firm");
  }

  // The teacher opens table 1 and reads every channel, private ones included.
  await expect(teacher.getByTestId("table-card-1")).toContainText("unread");
  await teacher.getByRole("button", { name: "Open table 1", exact: true }).click();
  const channels = teacher.getByRole("region", { name: "Table 1: every channel" });
  await channels.getByRole("button", { name: /^United States \(private\)/ }).click();
  await expect(await log(teacher, "United States (private)")).toContainText("US only: we hold firm on the arsenal.");
  await channels.getByRole("button", { name: /^Sidebar: United States and DPRK/ }).click();
  await expect(await log(teacher, "Sidebar: United States and DPRK")).toContainText("Psst, DPRK: a side deal?");
  await teacher.getByRole("button", { name: "← All tables" }).click();
  await expect(teacher.getByTestId("table-card-1")).not.toContainText("unread");

  await teacher.getByLabel("Announcement to every table").fill("Five minutes to a first proposal.");
  await teacher.getByRole("button", { name: "Announce" }).click();
  for (const page of students)
    await expect(page.getByTestId("announcement")).toContainText("Five minutes to a first proposal.");

  // A late joiner takes the smallest delegation and sees the table's history.
  const gus = await phone(browser);
  await joinAs(gus, joinUrl, "Gus");
  await expect(gus.getByText("Table 1").first()).toBeVisible();
  await expect(gus.getByText("United States").first()).toBeVisible();
  await expect(await log(gus)).toContainText("Floor: table one, let us begin.");
  await expect(teacher.getByTestId("student-count")).toHaveText("7");

  // A reload keeps the seat and the history.
  await cleo.reload();
  await openTab(cleo, "Brief");
  await expect(cleo.getByText("Cleo (you)")).toBeVisible();
  await openTab(cleo, "Talk");
  await expect(await log(cleo)).toContainText("Floor: table one, let us begin.");
  // The server draws the table: before any script runs, the page already shows the talk.
  const noScript = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } });
  await noScript.addCookies(await cleo.context().cookies());
  const drawn = await noScript.newPage();
  await drawn.goto(cleo.url());
  await expect(drawn.getByRole("log", { name: "Messages: Floor" })).toContainText("Floor: table one, let us begin.");
  await noScript.close();

  // Offline: the message waits, then arrives exactly once.
  await eli.context().setOffline(true);
  await expect(eli.getByTestId("connection")).toContainText("Offline");
  await say(eli, "Sent from a tunnel.");
  await expect(eli.getByTestId("connection")).toContainText("1 waiting to send");
  await eli.context().setOffline(false);
  await expect(eli.getByTestId("connection")).toContainText("Online");
  await expect(await log(ana)).toContainText("Sent from a tunnel.");
  await expect((await log(ana)).getByText("Sent from a tunnel.")).toHaveCount(1);
  await eli.reload();
  await expect((await log(eli)).getByText("Sent from a tunnel.")).toHaveCount(1);

  // Pause: every countdown stops at the same value; resume: they run together again.
  await teacher
    .getByRole("group", { name: "Clock for all tables" })
    .getByRole("button", { name: "Pause all tables" })
    .click();
  const everyone = [...students, gus, teacher];
  // Every screen has heard of the pause (the late joiner too) before their clocks are compared.
  for (const page of [...students, gus]) await expect(page.getByText("Paused", { exact: true })).toBeVisible();
  await expect(teacher.getByText("Paused", { exact: true }).first()).toBeVisible();
  const paused = await Promise.all(everyone.map((p) => p.getByRole("timer").first().textContent()));
  expect(new Set(paused).size).toBe(1);
  await teacher
    .getByRole("group", { name: "Clock for all tables" })
    .getByRole("button", { name: "Resume all tables" })
    .click();
  for (const page of students) await expect(page.getByText("Paused", { exact: true })).toHaveCount(0);
  const running = (await Promise.all(everyone.map((p) => p.getByRole("timer").first().textContent()))).map(seconds);
  expect(Math.max(...running) - Math.min(...running)).toBeLessThanOrEqual(1);

  // One table gets extra time; the other does not.
  const before = seconds(await ben.getByRole("timer").textContent());
  await teacher
    .getByRole("group", { name: "Clock for table 1" })
    .getByRole("button", { name: "+5 min for table 1" })
    .click();
  await expect
    .poll(
      async () =>
        seconds(await ana.getByRole("timer").textContent()) - seconds(await ben.getByRole("timer").textContent()),
    )
    .toBeGreaterThan(290);
  expect(seconds(await ben.getByRole("timer").textContent())).toBeLessThanOrEqual(before);
  void dev;
});
