import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { createSession, joinAs, person, signUpTeacher } from "./fixtures";

async function violations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

test("the main screens have no automated accessibility violations and fit a 360 px phone", async ({ browser }) => {
  const teacher = await person(browser);
  await signUpTeacher(teacher, "Ms Axe");
  expect(await violations(teacher)).toEqual([]);
  const { joinUrl } = await createSession(teacher, "Accessible session");

  const phone = await (await browser.newContext({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true })).newPage();
  await phone.goto(joinUrl);
  expect(await violations(phone)).toEqual([]);
  await joinAs(phone, joinUrl, "Robin");
  await teacher.getByRole("button", { name: "Start the session" }).click();
  await expect(phone.getByRole("timer")).toBeVisible();
  expect(await violations(phone)).toEqual([]);
  expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  expect(await violations(teacher)).toEqual([]);

  // Keyboard alone: from the composer, Tab reaches Send and Enter posts.
  await teacher.getByRole("group", { name: "Clock for all tables" }).getByRole("button", { name: "Next phase for all tables" }).click();
  await phone.getByLabel("Message to Floor").focus();
  await phone.keyboard.type("Typed with the keyboard only");
  await phone.keyboard.press("Enter");
  await expect(phone.getByRole("log", { name: "Messages: Floor" })).toContainText("Typed with the keyboard only");

  // The deal builder on the phone: every term labelled, nothing wider than the screen.
  await teacher.getByRole("group", { name: "Clock for all tables" }).getByRole("button", { name: "Next phase for all tables" }).click();
  await expect(phone.getByRole("form", { name: "Propose a deal" })).toBeVisible();
  await phone.getByLabel("Sanctions relief", { exact: true }).selectOption(JSON.stringify("partial"));
  await expect(phone.getByTestId("draft-payoff")).toContainText("points");
  expect(await violations(phone)).toEqual([]);
  expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
});
