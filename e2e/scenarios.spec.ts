import { execFileSync } from "node:child_process";
import { readFile } from "node:fs/promises";
import { expect, test, type Page } from "@playwright/test";
import { exampleDealOf } from "@/lib/scenario/deal";
import { scenarioById } from "@/lib/scenario/registry";
import { card, createSession, endAll, joinAs, openTab, person, phone, propose, say, signUpTeacher } from "./fixtures";

// Words of the default scenario that must never reach a class playing another one.
const HANOI_WORDS = /hanoi|dprk|north korea|pyongyang|yongbyon|kim jong|\bchina\b/i;
const noHanoi = async (page: Page, where: string) =>
  expect(await page.locator("body").innerText(), `${where} names the Hanoi scenario`).not.toMatch(HANOI_WORDS);

test("Camp David 1978 runs from creation to the PDF with two delegations and no word of Hanoi", async ({ browser }) => {
  test.setTimeout(180_000);
  const campDavid = scenarioById("camp-david-1978");
  const teacher = await person(browser);
  await signUpTeacher(teacher, "Mr Haddad");
  const { joinUrl } = await createSession(teacher, "Period 5: Camp David", {
    scenario: "Camp David",
    minutes: { Reading: 0, "Opening statements": 0, Negotiation: 10 },
  });
  await noHanoi(teacher, "the lobby");
  const projector = await teacher.context().newPage();
  await projector.setViewportSize({ width: 1920, height: 1080 });
  await projector.goto(`${teacher.url()}/projector`);

  const [egypt, israel] = [await phone(browser), await phone(browser)];
  await joinAs(egypt!, joinUrl, "Amira");
  await joinAs(israel!, joinUrl, "Yosef");
  await expect(egypt!.getByText("Egypt", { exact: true }).first()).toBeVisible();
  await expect(israel!.getByText("Israel", { exact: true }).first()).toBeVisible();
  await teacher.getByRole("button", { name: "Start the session" }).click();
  await openTab(egypt!, "Brief");
  await expect(egypt!.getByText("Private brief: Egypt")).toBeVisible();
  await noHanoi(egypt!, "Egypt's brief");
  await say(israel!, "Security first, then the Sinai.");
  await say(egypt!, "A sidebar word.", "Sidebar with Israel");

  await propose(egypt!, exampleDealOf(campDavid, "accords"), campDavid.terms);
  await openTab(israel!, "Deal");
  await expect(card(israel!, 1).getByTestId("verdict")).toHaveText("The editorial would sign");
  await noHanoi(israel!, "Israel's deal tab");
  await card(israel!, 1).getByRole("button", { name: "Accept version 1" }).click();
  await expect(israel!.getByTestId("outcome")).toHaveText(/Your table signed version 1\./);
  await noHanoi(teacher, "the cockpit");
  await noHanoi(projector, "the projector");

  await endAll(teacher);
  await openTab(egypt!, "Deal");
  const board = egypt!.getByRole("region", { name: "Debrief: every table against the editorial" });
  await expect(board).toContainText("The 1978 Accords");
  await noHanoi(egypt!, "the student's debrief");
  await teacher.getByRole("link", { name: "Debrief" }).click();
  await expect(teacher.getByRole("region", { name: "Debrief: every table against the editorial" })).toContainText(
    "Egypt",
  );
  await noHanoi(teacher, "the debrief");
  await teacher.goBack();
  await teacher.getByRole("link", { name: "Report" }).click();
  await expect(teacher.getByRole("heading", { name: "Report: Period 5: Camp David" })).toBeVisible();
  await noHanoi(teacher, "the report");

  const [pdf] = await Promise.all([
    teacher.waitForEvent("download"),
    teacher.getByRole("link", { name: "PDF report" }).click(),
  ]);
  const text = execFileSync("pdftotext", ["-enc", "UTF-8", (await pdf.path()) ?? "", "-"], { encoding: "utf8" });
  expect(text).toContain("Scenario: Camp David");
  expect(text).toContain("Amira (Egypt, table 1)");
  expect(text).toContain("The 1978 Accords");
  expect(text).not.toMatch(HANOI_WORDS);
});

test("a teacher uploads a scenario: a broken file is refused by field, the fixed one is previewed and played by two students", async ({
  browser,
}) => {
  test.setTimeout(150_000);
  const teacher = await person(browser);
  await signUpTeacher(teacher, "Ms Ferreira");
  await teacher.getByRole("link", { name: "add your own scenario" }).click();
  await expect(teacher.getByRole("heading", { name: "Your scenarios" })).toBeVisible();
  const [download] = await Promise.all([
    teacher.waitForEvent("download"),
    teacher.getByRole("link", { name: "template" }).click(),
  ]);
  const template = JSON.parse(await readFile((await download.path()) ?? "", "utf8")) as Record<string, unknown>;
  const mine: Record<string, unknown> = { ...template, title: "The garden fence" };

  // Broken twice over: a role without a name, and an unknown field. Both are named at once.
  const roles = mine.roles as { id: string; name?: string }[];
  const broken = { ...mine, colour: "green", roles: [{ ...roles[0], name: undefined }, roles[1]] };
  const upload = (json: unknown) =>
    teacher.getByLabel("Scenario file (.json)").setInputFiles({
      name: "fence.json",
      mimeType: "application/json",
      buffer: Buffer.from(JSON.stringify(json)),
    });
  await upload(broken);
  await teacher.getByRole("button", { name: "Check and save" }).click();
  const problems = teacher.getByRole("list", { name: "Problems in the file" });
  await expect(problems).toContainText("colour: unknown field");
  await expect(problems).toContainText("roles[0].name: missing");
  await expect(teacher.getByText("The scenario was not saved: 2 problems to fix.")).toBeVisible();

  // Hostile files are refused with words, and the server goes on: rules nested too deep, files too big.
  const criteria = mine.criteria as { score: string }[];
  const deep = { ...mine, criteria: criteria.map((c) => ({ ...c, score: `${"(".repeat(40)}fence${")".repeat(40)}` })) };
  await upload(deep);
  await teacher.getByRole("button", { name: "Check and save" }).click();
  await expect(problems).toContainText("criteria[0].score: nested more than 32 deep");
  await upload({ ...mine, padding: "x".repeat(300 * 1024) });
  await teacher.getByRole("button", { name: "Check and save" }).click();
  await expect(problems).toContainText(/fence\.json is 30\d KB; at most 256 KB is accepted\./);
  await upload({ ...mine, padding: "x".repeat(3 * 1024 * 1024) });
  await teacher.getByRole("button", { name: "Check and save" }).click();
  await expect(problems).toContainText(/fence\.json is 3\d{3} KB; at most 256 KB is accepted\./);

  await upload(mine);
  await teacher.getByRole("button", { name: "Check and save" }).click();
  await expect(teacher.getByRole("heading", { name: "The garden fence" })).toBeVisible();
  await expect(teacher.getByRole("heading", { name: "2 delegations and their private briefs" })).toBeVisible();
  await expect(teacher.getByTestId("sample-deal").first()).toContainText("A low fence, paid by both: 70");
  await expect(teacher.getByRole("heading", { name: "How the article judges a deal" })).toBeVisible();

  await teacher.getByRole("link", { name: "Run it in a new session" }).click();
  await expect(teacher.getByLabel("Scenario")).toHaveValue(/^[0-9a-f-]{36}$/);
  const { joinUrl } = await createSession(teacher, "Fences, period 2", {
    minutes: { Reading: 0, "Opening statements": 0, Negotiation: 10 },
  });
  const [north, south] = [await phone(browser), await phone(browser)];
  await joinAs(north!, joinUrl, "Nora");
  await joinAs(south!, joinUrl, "Sid");
  await expect(north!.getByText("North house", { exact: true }).first()).toBeVisible();
  await teacher.getByRole("button", { name: "Start the session" }).click();
  const terms = [
    { key: "fence", label: "Fence" },
    { key: "shared", label: "Shared cost" },
  ];
  await propose(north!, { fence: "low", shared: true }, terms);
  await openTab(south!, "Deal");
  await expect(card(south!, 1).getByTestId("verdict")).toHaveText("The editorial would sign");
  await card(south!, 1).getByRole("button", { name: "Accept version 1" }).click();
  await expect(north!.getByTestId("outcome")).toHaveText(/Your table signed version 1\./);
});
