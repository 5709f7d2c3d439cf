import { expect, test } from "@playwright/test";
import {
  createSession,
  joinAs,
  log,
  nextPhase,
  openTab,
  person,
  phone,
  sideways,
  signUpTeacher,
  violations,
} from "./fixtures";

test("sign-up, join and the deal builder have no automated accessibility violations, fit a 360 px phone and work by keyboard", async ({
  browser,
}) => {
  const teacher = await person(browser);
  await signUpTeacher(teacher, "Ms Axe");
  expect(await violations(teacher)).toEqual([]);
  const { joinUrl } = await createSession(teacher, "Accessible session", {
    minutes: { Reading: 0, "Opening statements": 1, Negotiation: 10 },
  });

  const student = await phone(browser, 360);
  await student.goto("/join");
  expect(await violations(student)).toEqual([]);
  await student.goto(joinUrl);
  expect(await violations(student)).toEqual([]);
  await joinAs(student, joinUrl, "Robin");
  await teacher.getByRole("button", { name: "Start the session" }).click();
  await expect(student.getByRole("timer")).toBeVisible();

  // Keyboard alone: arrow keys move between the tabs; from the composer, Enter posts.
  await student.getByRole("tab", { name: /^Talk/ }).focus();
  await student.keyboard.press("ArrowRight");
  await expect(student.getByRole("tab", { name: /^Deal/ })).toBeFocused();
  await expect(student.getByRole("tab", { name: /^Deal/ })).toHaveAttribute("aria-selected", "true");
  await openTab(student, "Talk");
  await student.getByLabel("Message to Floor").focus();
  await student.keyboard.type("Typed with the keyboard only");
  await student.keyboard.press("Enter");
  await expect(await log(student)).toContainText("Typed with the keyboard only");

  // The deal builder on the phone: every term labelled, the score in reach, nothing wider than the screen.
  await nextPhase(teacher);
  await openTab(student, "Deal");
  await student.getByRole("button", { name: "Build a deal" }).click();
  await expect(student.getByRole("form", { name: "Propose a deal" })).toBeVisible();
  await student.getByLabel("Sanctions relief", { exact: true }).selectOption(JSON.stringify("partial"));
  await expect(student.getByTestId("my-payoff")).toContainText("points");
  await expect(student.getByRole("button", { name: "Propose to the table" })).toBeInViewport();
  expect(await violations(student)).toEqual([]);
  expect(await sideways(student)).toBeLessThanOrEqual(0);
});
