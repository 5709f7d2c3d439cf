import AxeBuilder from "@axe-core/playwright";
import { expect, type Browser, type Page } from "@playwright/test";
import { COMPREHENSIVE_DEAL, HANOI_BARGAIN, TERMS } from "@/lib/scenario/hanoi/terms";

export { COMPREHENSIVE_DEAL, HANOI_BARGAIN };

/** A fresh browser context per person, as on separate devices: a teacher's laptop at 1280×800. */
export async function person(browser: Browser, timezoneId?: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, timezoneId });
  return context.newPage();
}

/** A student's phone: its own context, a narrow touch screen. */
export async function phone(browser: Browser, width = 390, timezoneId?: string): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width, height: 844 },
    isMobile: true,
    hasTouch: true,
    timezoneId,
  });
  return context.newPage();
}

export async function signUpTeacher(page: Page, name: string): Promise<string> {
  const email = `${name.toLowerCase().replace(/\W+/g, "-")}-${Date.now()}@school.test`;
  await page.goto("/signup");
  await page.getByLabel("Your name").fill(name);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill("correct horse battery");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByRole("heading", { name: "Your sessions" })).toBeVisible();
  return email;
}

type Setup = {
  minutes?: Partial<Record<"Reading" | "Opening statements" | "Negotiation" | "Final proposals" | "Signing", number>>;
  tables?: number;
  seating?: string;
  /** Part of the scenario's name in the form's list; the default scenario otherwise. */
  scenario?: string;
};

export async function createSession(
  page: Page,
  title: string,
  setup: Setup = {},
): Promise<{ joinUrl: string; code: string }> {
  await page.getByLabel("Title").fill(title);
  if (setup.scenario) {
    const labels = await page.getByLabel("Scenario").locator("option").allTextContents();
    const label = labels.find((l) => l.includes(setup.scenario as string));
    if (!label) throw new Error(`no scenario "${setup.scenario}" among ${labels.join(", ")}`);
    await page.getByLabel("Scenario").selectOption({ label });
  }
  if (setup.tables) await page.getByLabel("Tables").fill(String(setup.tables));
  if (setup.seating) await page.getByLabel("Seating").selectOption({ label: setup.seating });
  for (const [phase, minutes] of Object.entries(setup.minutes ?? {}))
    await page.getByLabel(phase, { exact: true }).fill(String(minutes));
  await page.getByRole("button", { name: "Create session" }).click();
  const link = page.getByTestId("join-link");
  await expect(link).toBeVisible();
  return { joinUrl: (await link.textContent()) ?? "", code: (await page.getByTestId("join-code").textContent()) ?? "" };
}

export async function joinAs(page: Page, joinUrl: string, name: string): Promise<void> {
  await page.goto(joinUrl);
  await page.getByLabel("Your name").fill(name);
  await page.getByRole("button", { name: "Join" }).click();
  await expect(page.getByText(name, { exact: true }).first()).toBeVisible();
}

/** Opens one of the student table's tabs (on a wide screen, Talk is always beside the others). */
export async function openTab(page: Page, tab: "Talk" | "Deal" | "Positions" | "Brief"): Promise<void> {
  if ((await page.getByRole("navigation", { name: "Session pages" }).count()) > 0) return; // a teacher's cockpit has no tabs
  await expect(page.getByRole("tablist", { name: "Your table" })).toBeVisible(); // the table has arrived
  const button = page.getByRole("tab", { name: new RegExp(`^${tab}`) });
  if ((await button.count()) > 0) await button.click();
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const chipName = (channel: string) => new RegExp(`^${escape(channel)}(,|$)`);

/** Posts on a channel, switching to it first (Floor unless named). */
export async function say(page: Page, text: string, channel = "Floor"): Promise<void> {
  await openTab(page, "Talk");
  await page
    .getByRole("group", { name: "Channels" })
    .getByRole("button", { name: chipName(channel) })
    .click();
  await page.getByLabel(`Message to ${channel}`).fill(text);
  await page.getByRole("button", { name: "Send", exact: true }).click();
}

/** A channel's messages, after opening the Talk tab and the channel (Floor unless named). */
export async function log(page: Page, channel = "Floor") {
  await openTab(page, "Talk");
  const chip = page.getByRole("group", { name: "Channels" }).getByRole("button", { name: chipName(channel) });
  if ((await chip.getAttribute("aria-pressed")) !== "true") await chip.click();
  return page.getByRole("log", { name: `Messages: ${channel}` });
}

export const card = (page: Page, version: number) => page.getByRole("article", { name: `Deal, version ${version}` });

/**
 * Opens the builder (a counter when a deal is on the table), sets every term of `deal` and proposes
 * it; `terms` are the scenario's, by key and label (Hanoi's unless given).
 */
export async function propose(
  page: Page,
  deal: Readonly<Record<string, unknown>>,
  terms: readonly { key: string; label: string }[] = TERMS,
): Promise<void> {
  await openTab(page, "Deal");
  await expect(page.getByTestId("phase-rule")).toContainText(/Negotiate|Last chance/);
  // The deal panel loads when first opened: wait for it, then build or counter.
  const start = page.getByRole("button", { name: /^(Build a deal|Counter with changes)$/ });
  await expect(start.first()).toBeVisible();
  await start.first().click();
  const form = page.getByRole("form", { name: "Propose a deal" });
  for (const term of terms)
    await form.getByLabel(term.label, { exact: true }).selectOption(JSON.stringify(deal[term.key]));
  await form.getByRole("button", { name: "Propose to the table" }).click();
  await expect(form).toHaveCount(0);
}

/** Loads the deal on the table into the builder, changes the given terms, and proposes it. */
export async function counter(page: Page, version: number, changes: Record<string, unknown>): Promise<void> {
  await openTab(page, "Deal");
  await card(page, version).getByRole("button", { name: "Counter with changes" }).click();
  const form = page.getByRole("form", { name: "Propose a deal" });
  for (const [label, value] of Object.entries(changes))
    await form.getByLabel(label, { exact: true }).selectOption(JSON.stringify(value));
  await form.getByRole("button", { name: "Propose to the table" }).click();
  await expect(form).toHaveCount(0);
}

/** The teacher moves every table on, through the confirmation that says what will happen. */
export async function nextPhase(teacher: Page): Promise<void> {
  await teacher
    .getByRole("group", { name: "Clock for all tables" })
    .getByRole("button", { name: "Next phase… for all tables" })
    .click();
  await teacher.getByRole("button", { name: "Move every table" }).click();
}

export async function endAll(teacher: Page): Promise<void> {
  await teacher
    .getByRole("group", { name: "Clock for all tables" })
    .getByRole("button", { name: "End all… for all tables" })
    .click();
  await teacher.getByRole("button", { name: "End every table" }).click();
}

/** Automated accessibility findings on the page as it is now, one line each. */
export async function violations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

/** How far the page scrolls sideways beyond the screen: 0 when nothing overflows. */
export async function sideways(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
}
