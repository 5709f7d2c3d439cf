import { expect, test, type Page } from "@playwright/test";
import { COMPREHENSIVE_DEAL, createSession, HANOI_BARGAIN, joinAs, person, propose, signUpTeacher } from "./fixtures";

const card = (page: Page, version: number) => page.getByRole("article", { name: `Deal, version ${version}` });

/** Loads the deal on the table into the builder, changes the given terms, and proposes it. */
async function counter(page: Page, version: number, changes: Record<string, unknown>) {
  await card(page, version).getByRole("button", { name: "Counter with changes" }).click();
  const form = page.getByRole("form", { name: "Propose a deal" });
  for (const [label, value] of Object.entries(changes)) await form.getByLabel(label, { exact: true }).selectOption(JSON.stringify(value));
  await form.getByRole("button", { name: "Propose to the table" }).click();
}

test("tables counter, sign, walk away and play with a computer China; the debrief compares them", async ({ browser }) => {
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
    const page = await person(browser);
    await joinAs(page, joinUrl, name);
    pages.push(page);
  }
  const [usOne, usTwo, usThree, dprkOne, , dprkThree, chinaOne] = pages as [Page, Page, Page, Page, Page, Page, Page];
  await teacher.getByRole("button", { name: "Let the computer play China at table 3" }).click();
  await expect(teacher.getByRole("region", { name: "Table 3 (3 students)" })).toContainText("China (computer, table 3)");
  await teacher.getByRole("button", { name: "Start the session" }).click();

  // Table 1: the DPRK offers the Hanoi bargain; the US counters; the DPRK counters back.
  await propose(dprkOne, HANOI_BARGAIN);
  await expect(card(usOne, 1).getByTestId("verdict")).toHaveText("Verdict: Walk away");
  await counter(usOne, 1, { "Other nuclear sites": "dismantle", "Nuclear arsenal": "dismantle", "Missile programme": "all_dismantle", Verification: "intrusive", "Timing of relief": "phased", Snapback: true, "China's role": "guarantor", "Who signs": "multilateral" });
  await expect(card(dprkOne, 2).getByTestId("changes")).toContainText("Changed from version 1: Other nuclear sites, Nuclear arsenal, Missile programme, Verification, Timing of relief, Snapback, China's role, Who signs.");
  await expect(card(dprkOne, 2).locator("[data-changed]")).toHaveCount(8);
  await counter(dprkOne, 2, { "Diplomatic ties": "normalization", "Economic path": "trade_integration" });
  await expect(card(usOne, 3).getByTestId("changes")).toContainText("Changed from version 2: Diplomatic ties, Economic path.");
  await expect(card(usOne, 3).locator("[data-changed]")).toHaveCount(2);
  await expect(card(usOne, 3).getByTestId("my-payoff")).toContainText("points");
  await expect(card(chinaOne, 3).getByText("Deals are accepted or rejected in the signing phase.")).toBeVisible();

  // Table 2 walks away.
  await usTwo.getByRole("button", { name: "Walk away from the table…" }).click();
  await usTwo.getByLabel("Why (optional)").fill("Relief before verification is off the table.");
  await usTwo.getByRole("button", { name: "Walk away", exact: true }).click();
  await expect(usTwo.getByTestId("walked-away")).toContainText("walked away");

  // Table 3: the computer plays China and explains itself.
  await propose(usThree, COMPREHENSIVE_DEAL);
  await expect(usThree.getByRole("log", { name: "Messages: Floor" })).toContainText("acceptable to us");

  await teacher.getByRole("group", { name: "Clock for all tables" }).getByRole("button", { name: "Next phase for all tables" }).click();
  await card(usOne, 3).getByRole("button", { name: "Accept version 3" }).click();
  await card(chinaOne, 3).getByLabel("Reason (optional)").fill("A guarantor's seat for China.");
  await card(chinaOne, 3).getByRole("button", { name: "Accept version 3" }).click();
  await expect(card(dprkOne, 3).getByTestId("proposal-status")).toHaveText("Signed by all three delegations");
  await card(dprkThree, 1).getByRole("button", { name: "Accept version 1" }).click();
  await expect(card(usThree, 1).getByTestId("proposal-status")).toHaveText("Signed by all three delegations");

  await teacher.getByRole("group", { name: "Clock for all tables" }).getByRole("button", { name: "Next phase for all tables" }).click();
  const board = usOne.getByRole("region", { name: "Debrief: every table against the editorial" });
  await expect(board.getByTestId("outcome-Table 1")).toHaveText("Signed version 3");
  await expect(board.getByTestId("outcome-Table 2")).toHaveText("United States walked away");
  await expect(board.getByTestId("outcome-Table 3")).toHaveText("Signed version 1");
  for (const delegation of ["United States", "DPRK", "China"]) await expect(board.getByRole("row", { name: new RegExp(`Payoff: ${delegation}`) })).toBeVisible();
  await expect(board).toContainText("Hanoi, 2019");

  await expect(teacher.getByRole("article", { name: "Deal, version 3" }).getByTestId("payoffs")).toContainText("joint gain");
  await teacher.getByRole("link", { name: "Debrief" }).click();
  const projected = teacher.getByRole("region", { name: "Debrief: every table against the editorial" });
  await expect(projected.getByTestId("outcome-Table 2")).toHaveText("United States walked away");
  await expect(projected.getByTestId("outcome-Table 3")).toHaveText("Signed version 1");
});
