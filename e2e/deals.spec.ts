import { expect, test, type Page } from "@playwright/test";
import {
  card,
  COMPREHENSIVE_DEAL,
  counter,
  createSession,
  endAll,
  HANOI_BARGAIN,
  joinAs,
  log,
  nextPhase,
  openTab,
  person,
  phone,
  propose,
  signUpTeacher,
} from "./fixtures";

test("tables counter, sign, walk away and play with a computer China; the debrief compares them", async ({
  browser,
}) => {
  test.setTimeout(240_000);
  const teacher = await person(browser);
  await signUpTeacher(teacher, "Dr Lind");
  const { joinUrl } = await createSession(teacher, "Deals", {
    tables: 3,
    minutes: { Reading: 0, "Opening statements": 0, Negotiation: 10, "Final proposals": 0, Signing: 5 },
  });
  // Join order seats: t1 US, t2 US, t3 US, t1 DPRK, t2 DPRK, t3 DPRK, t1 China.
  const names = ["Ada", "Bo", "Cy", "Di", "Ed", "Flo", "Gil"];
  const pages: Page[] = [];
  for (const name of names) {
    const page = await phone(browser);
    await joinAs(page, joinUrl, name);
    pages.push(page);
  }
  const [usOne, usTwo, usThree, dprkOne, , , chinaOne] = pages as [Page, Page, Page, Page, Page, Page, Page];
  await teacher.getByRole("button", { name: "Let the computer play China at table 3" }).click();
  await expect(teacher.getByRole("region", { name: "Table 3 (2 students)" })).toContainText(
    "China (computer, table 3)",
  );
  await teacher.getByRole("button", { name: "Start the session" }).click();

  // Table 1: the DPRK offers the Hanoi bargain; the US counters; the DPRK counters back.
  await propose(dprkOne, HANOI_BARGAIN);
  await openTab(usOne, "Deal");
  await expect(card(usOne, 1).getByTestId("verdict")).toHaveText("The editorial would walk away");
  await counter(usOne, 1, {
    "Other nuclear sites": "dismantle",
    "Nuclear arsenal": "dismantle",
    "Missile programme": "all_dismantle",
    Verification: "intrusive",
    "Timing of relief": "phased",
    Snapback: true,
    "China's role": "guarantor",
    "Who signs": "multilateral",
  });
  await openTab(dprkOne, "Deal");
  await expect(card(dprkOne, 2).getByTestId("changes")).toContainText(
    "Changed from version 1: Other nuclear sites, Nuclear arsenal, Missile programme, Verification, Timing of relief, Snapback, China's role, Who signs.",
  );
  await card(dprkOne, 2).getByText("Details").click();
  await expect(card(dprkOne, 2).locator("[data-changed]")).toHaveCount(8);
  await counter(dprkOne, 2, { "Diplomatic ties": "normalization", "Economic path": "trade_integration" });
  await expect(card(usOne, 3).getByTestId("changes")).toContainText(
    "Changed from version 2: Diplomatic ties, Economic path.",
  );
  await expect(card(usOne, 3).getByTestId("my-payoff")).toContainText("points");
  // Answers are open from the negotiation on: the US accepts now, China has not answered yet.
  await card(usOne, 3).getByRole("button", { name: "Accept version 3" }).click();
  await expect(card(dprkOne, 3)).toContainText("United States: accepted");

  // Table 2 walks away: a delegation of one decides alone.
  await openTab(usTwo, "Deal");
  await usTwo.getByRole("button", { name: "Propose walking away…" }).click();
  await usTwo.getByLabel("Why (optional)").fill("Relief before verification is off the table.");
  await usTwo.getByRole("button", { name: "Vote to walk away" }).click();
  await expect(usTwo.getByTestId("outcome")).toContainText("Your delegation walked away");

  // Table 3: the computer plays China, explains itself and signs at once with the DPRK.
  await propose(usThree, COMPREHENSIVE_DEAL);
  await expect(await log(usThree)).toContainText("gives us enough");
  await openTab(usThree, "Deal");
  const dprkThree = pages[5] as Page;
  await openTab(dprkThree, "Deal");
  await card(dprkThree, 1).getByRole("button", { name: "Accept version 1" }).click();
  await expect(card(usThree, 1).getByTestId("proposal-status")).toHaveText("Signed by every delegation");

  // Signing is the last call: no new proposals, but China can still accept version 3 at table 1.
  await nextPhase(teacher);
  await openTab(chinaOne, "Deal");
  await expect(
    chinaOne.getByText("Signing is the last call: answer the deal on the table; no new proposals."),
  ).toBeVisible();
  await card(chinaOne, 3)
    .getByLabel("Reason for your answer to version 3 (optional)")
    .fill("A guarantor's seat for China.");
  await card(chinaOne, 3).getByRole("button", { name: "Accept version 3" }).click();
  await expect(card(chinaOne, 3).getByTestId("proposal-status")).toHaveText("Signed by every delegation");
  await expect(card(dprkOne, 3).getByTestId("proposal-status")).toHaveText("Signed by every delegation");

  await endAll(teacher);
  const board = usOne.getByRole("region", { name: "Debrief: every table against the editorial" });
  await expect(board.getByRole("list", { name: "Outcomes" })).toContainText("Signed version 3");
  await expect(board.getByRole("list", { name: "Outcomes" })).toContainText("United States walked away");
  await expect(board.getByRole("list", { name: "Outcomes" })).toContainText("Hanoi, 2019");
  // A reload at the debrief draws it in the browser, with the scenario's criteria fetched for it.
  await usOne.reload();
  await expect(board.getByRole("list", { name: "Outcomes" })).toContainText("Signed version 3");
  await usOne.getByText("Why your table scored what it did: every criterion").click();
  await expect(usOne.getByRole("heading", { name: "Outcome: deal signed (version 3)" })).toBeVisible();

  await teacher.getByRole("link", { name: "Debrief" }).click();
  const projected = teacher.getByRole("region", { name: "Debrief: every table against the editorial" });
  await expect(projected.getByTestId("outcome-Table 1")).toHaveText("Signed version 3");
  await expect(projected.getByTestId("outcome-Table 2")).toHaveText("United States walked away");
  await expect(projected.getByTestId("outcome-Table 3")).toHaveText("Signed version 1");
  for (const delegation of ["United States", "DPRK", "China"])
    await expect(projected.getByRole("row", { name: new RegExp(`Payoff: ${delegation}`) })).toBeVisible();
});
