// Walk-through: a teacher on a laptop, a projector and a class of phones go through every phase
// in Chromium, and every screen the issue names is saved as a screenshot with its measured size:
// the page's height and width, and the tallest visible tab panel (phone panels scroll inside).
// Needs a running app: `npm start` (or `npm run dev`), then
// `BASE=http://localhost:3000 npm run bench:screens`. OUT is where the screenshots go
// (/tmp/summit-screens), TABLES how many tables (4, with the last China played by the computer).
import { mkdir } from "node:fs/promises";
import { chromium, type Page } from "@playwright/test";
import { CHROMIUM_FLAGS, findChromium } from "@/lib/testing/chromium";

const BASE = process.env.BASE ?? "http://localhost:3000";
const OUT = process.env.OUT ?? "/tmp/summit-screens";
const TABLES = Number(process.env.TABLES ?? 4);
await mkdir(OUT, { recursive: true });
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? findChromium(),
  args: CHROMIUM_FLAGS,
});
const phone = async (width = 390) =>
  (await browser.newContext({ viewport: { width, height: 844 }, isMobile: true, hasTouch: true })).newPage();
const shot = async (page: Page, name: string, full = false) => {
  await page.waitForTimeout(500);
  await page.screenshot({ path: `${OUT}/${name}.png`, fullPage: full });
  const size = await page.evaluate(() => {
    const panels = [...document.querySelectorAll<HTMLElement>("[role=tabpanel]")]
      .filter((p) => p.offsetParent !== null)
      .map((p) => p.scrollHeight);
    return {
      page: document.documentElement.scrollHeight,
      width: document.documentElement.scrollWidth,
      panel: Math.max(0, ...panels),
    };
  });
  console.log(
    `${name.padEnd(28)} page ${size.page} px, width ${size.width} px${size.panel ? `, panel ${size.panel} px` : ""}`,
  );
};
const tab = async (page: Page, name: string) => page.getByRole("tab", { name: new RegExp(`^${name}`) }).click();
const teacherContext = await browser.newContext({ viewport: { width: 1280, height: 800 } });
const teacher = await teacherContext.newPage();
await teacher.goto(`${BASE}/signup`);
await teacher.getByLabel("Your name").fill("Ms Okafor");
await teacher.getByLabel("Email").fill(`okafor-${Date.now()}@school.test`);
await teacher.getByLabel("Password").fill("correct horse battery");
await teacher.getByRole("button", { name: "Create account" }).click();
await shot(teacher, "teacher-dashboard-empty");
await teacher.getByLabel("Title").fill("Period 3 — Hanoi summit");
await teacher.getByLabel("Tables").fill(String(TABLES));
await teacher.getByLabel("Reading", { exact: true }).fill("0");
await teacher.getByLabel("Opening statements", { exact: true }).fill("2");
await teacher.getByRole("button", { name: "Create session" }).click();
const link = teacher.getByTestId("join-link");
await link.waitFor();
const joinUrl = ((await link.textContent()) ?? "").replace(/localhost:\d+/, BASE.replace("http://", ""));
const projector = await teacherContext.newPage();
await projector.setViewportSize({ width: 1920, height: 1080 });
await projector.goto(teacher.url() + "/projector");

const names = [
  "Ana",
  "Ben",
  "Cleo",
  "Dev",
  "Eli",
  "Fay",
  "Gus",
  "Hana",
  "Ivo",
  "Jun",
  "Kai",
  "Lia",
  "Mo",
  "Noor",
].slice(0, TABLES * 3 + 1);
const students: Page[] = [];
const student = (i: number) => {
  const page = students[i];
  if (!page) throw new Error(`no student ${i}`);
  return page;
};
const join = await phone();
await join.goto(`${BASE}/join`);
await shot(join, "phone-join-code");
for (const [i, name] of names.entries()) {
  const page = await phone(i === 1 ? 360 : 390);
  await page.goto(joinUrl);
  if (i === 0) await shot(page, "phone-join-name");
  await page.getByLabel("Your name").fill(name);
  await page.getByRole("button", { name: "Join" }).click();
  await page.getByText(name, { exact: true }).first().waitFor();
  students.push(page);
}
await teacher
  .getByRole("button", { name: `Let the computer play China at table ${TABLES}` })
  .click()
  .catch(() => {});
await shot(teacher, "cockpit-lobby");
await shot(projector, "projector-lobby");
await shot(student(0), "phone-lobby");
await teacher.getByRole("button", { name: "Start the session" }).click();
await student(0).getByText("Opening statements").first().waitFor();
await tab(student(0), "Positions");
await student(0).getByLabel("Statement").fill("Every site, verified, in phases.");
await student(0).getByRole("button", { name: "Publish position" }).click();
await student(0).getByText("Published").waitFor();
await shot(student(0), "phone-positions");
await tab(student(0), "Brief");
await shot(student(0), "phone-brief");
await teacher.getByRole("button", { name: "Next phase… for all tables" }).click();
await teacher.getByRole("button", { name: "Move every table" }).click();
await student(0).getByText("Negotiation").first().waitFor();
for (const [i, page] of students.entries()) {
  await tab(page, "Talk");
  await page
    .getByLabel(/Message to Floor/)
    .fill(`${names[i]} here: we want verification first and relief in phases; a seat for China.`);
  await page.getByRole("button", { name: "Send", exact: true }).click();
}
// Deals at tables 1 and 2 (DPRK proposes at 1, US at 2).
const propose = async (page: Page) => {
  await tab(page, "Deal");
  await page.getByRole("button", { name: "Build a deal" }).click();
  await page.getByLabel("Other nuclear sites", { exact: true }).selectOption('"freeze"');
  await page.getByLabel("Sanctions relief", { exact: true }).selectOption('"partial"');
  await page.getByLabel("Timing of relief", { exact: true }).selectOption('"phased"');
  await page.getByRole("button", { name: "Propose to the table" }).click();
};
await tab(student(TABLES), "Deal");
await student(TABLES).getByRole("button", { name: "Build a deal" }).click();
await shot(student(TABLES), "phone-builder");
await student(TABLES).getByRole("button", { name: "Close the builder" }).click();
await propose(student(TABLES)); // table 1 DPRK
await propose(student(1)); // table 2 US
await tab(student(0), "Talk");
await shot(student(0), "phone-talk");
await tab(student(0), "Deal");
await shot(student(0), "phone-deal");
await student(0)
  .getByRole("button", { name: /^Accept version 1/ })
  .click();
await tab(student(2 * TABLES), "Deal"); // table 1 China
await student(2 * TABLES)
  .getByRole("button", { name: "Propose walking away…" })
  .click();
await student(2 * TABLES)
  .getByRole("button", { name: "Vote to walk away" })
  .click();
await shot(student(2 * TABLES), "phone-walked");
await tab(student(3), "Deal");
await shot(student(3), "phone-deal-other");
await shot(teacher, "cockpit-running");
await teacher.getByRole("button", { name: "Open table 2", exact: true }).click();
await shot(teacher, "cockpit-table-open");
await teacher.getByRole("button", { name: "← All tables" }).click();
await shot(projector, "projector-game");
await teacher.getByRole("button", { name: "Pause all tables" }).click();
await shot(student(1), "phone-paused");
await teacher.getByRole("button", { name: "Resume all tables" }).click();
await teacher.getByRole("button", { name: "End all… for all tables" }).click();
await shot(teacher, "cockpit-confirm-end");
await teacher.getByRole("button", { name: "End every table" }).click();
await student(0).getByText("Debrief").first().waitFor();
await student(0).getByRole("region", { name: "Debrief: every table against the editorial" }).waitFor();
await shot(student(0), "phone-debrief");
await shot(teacher, "cockpit-debrief");
await projector.waitForTimeout(1000);
await shot(projector, "projector-debrief-1");
for (let i = 0; i < TABLES; i++) await projector.keyboard.press("ArrowRight");
await shot(projector, "projector-debrief-question");
await student(0).goto(`${BASE}/play/transcript`);
await shot(student(0), "phone-transcript");
await teacher.getByRole("link", { name: "Report" }).click();
await teacher.getByRole("heading", { name: /Report/ }).waitFor();
await shot(teacher, "report", true);
await teacher.goto(`${BASE}/teacher`);
await shot(teacher, "teacher-dashboard");
await browser.close();
