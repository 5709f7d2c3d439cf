import { expect, type Browser, type Page } from "@playwright/test";
import { COMPREHENSIVE_DEAL, HANOI_BARGAIN, TERMS, type Deal } from "@/lib/scenario/hanoi/terms";

export { COMPREHENSIVE_DEAL, HANOI_BARGAIN };

/** A fresh browser context per person, as on separate devices. */
export async function person(browser: Browser): Promise<Page> {
  const context = await browser.newContext();
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

type Setup = { minutes?: Partial<Record<"Reading" | "Opening statements" | "Negotiation" | "Final proposals" | "Signing", number>>; tables?: number; seating?: string };

export async function createSession(page: Page, title: string, setup: Setup = {}): Promise<{ joinUrl: string; code: string }> {
  await page.getByLabel("Title").fill(title);
  if (setup.tables) await page.getByLabel("Tables").fill(String(setup.tables));
  if (setup.seating) await page.getByLabel("Seating").selectOption({ label: setup.seating });
  for (const [phase, minutes] of Object.entries(setup.minutes ?? {})) await page.getByLabel(phase, { exact: true }).fill(String(minutes));
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

/** Posts on a channel, switching to it first (Floor unless named). */
export async function say(page: Page, text: string, channel = "Floor"): Promise<void> {
  await page.getByRole("group", { name: "Channels" }).getByRole("button", { name: channel }).click();
  await page.getByLabel(`Message to ${channel}`).fill(text);
  await page.getByRole("button", { name: "Send", exact: true }).click();
}

export function log(page: Page, channel = "Floor") {
  return page.getByRole("log", { name: `Messages: ${channel}` });
}

/** Fills the deal builder term by term and proposes it. */
export async function propose(page: Page, deal: Deal): Promise<void> {
  const form = page.getByRole("form", { name: "Propose a deal" });
  // The builder opens by itself once the table negotiates; wait for that before deciding to open it.
  await expect(page.getByTestId("phase-rule")).toContainText(/Negotiate|Last chance/);
  const builder = page.locator("details", { has: page.getByText("Build a deal for your delegation") });
  if (!(await builder.evaluate((el) => (el as HTMLDetailsElement).open))) await page.getByText("Build a deal for your delegation").click();
  for (const term of TERMS) await form.getByLabel(term.label, { exact: true }).selectOption(JSON.stringify(deal[term.key]));
  await form.getByRole("button", { name: "Propose to the table" }).click();
}
