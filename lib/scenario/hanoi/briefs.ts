// What students read: the scenario in our own words with short attributed quotes, and each
// delegation's private brief and payoff table. Payoffs are points per option of each term.
import type { Delegation } from "@/lib/realtime/events";
import type { Deal, TermKey } from "./terms";

export const READING = {
  title: "Hanoi, February 2019: a summit that ended early",
  paragraphs: [
    "In February 2019 President Trump and Chairman Kim Jong-Un met in Hanoi for their second summit, after Singapore the year before. It was planned for two days and broke off early without an agreement.",
    "The US account is that North Korea asked for every economic sanction to be lifted in return for closing the Yongbyon nuclear complex. North Korean officials say they asked for much less. Either way, the editorial argues, one site was never a fair price: the country has other research centres, warheads and missiles.",
    "The editorial also warns that the United States does not hold every card. The DPRK already has working nuclear weapons, sanctions alone have not changed its course, and China — its main supplier of food, fuel and trade — has to be part of any lasting answer. A good deal would also ease the decades-old conflict and keep the two sides talking.",
    "Your table plays the next round: the United States, the DPRK and China, trying to write a deal that all three can sign — or deciding that walking away is better.",
  ],
  quotes: [
    "conceding one nuclear center out of many for the removal of sanctions is an unfair bargain",
    "walking away is still better than a concession",
    "requires new and multilateral solutions",
  ],
  source: "“North Korea-U.S. Summit 2.0: negotiations continue”, an editorial",
} as const;

export type Brief = { role: Delegation; goals: string[]; limits: string[]; tactics: string[] };

export const BRIEFS: Record<Delegation, Brief> = {
  US: {
    role: "US",
    goals: [
      "Get commitments beyond Yongbyon: the other sites, the warheads and the missiles.",
      "Make every step checkable, ideally with inspectors who can go anywhere.",
      "Bring allies and China in, so the deal does not rest on Washington alone.",
    ],
    limits: ["No relief paid before verified steps.", "No full relief while the DPRK keeps its arsenal."],
    tactics: ["Offer relief in phases with snapback.", "Security assurances and liaison offices cost you little and matter to Pyongyang."],
  },
  DPRK: {
    role: "DPRK",
    goals: [
      "Win sanctions relief early: the economy needs it now.",
      "A promise not to be attacked, and a formal end to the Korean War.",
      "Diplomatic ties and a road to trade and the world stage.",
    ],
    limits: ["Giving up the whole arsenal removes your guarantee of survival: concede it last, if at all.", "Inspections anywhere feel like a prelude to invasion."],
    tactics: ["Yongbyon is your best card; other sites can be declared before they are dismantled.", "China can vouch for you: use it."],
  },
  CHINA: {
    role: "CHINA",
    goals: [
      "Stability: no war on your border and no collapse of the DPRK.",
      "A seat at the table — a trilateral or multilateral framework, not a US–DPRK deal over your head.",
      "Keep trade with the DPRK open, and see fewer US military exercises nearby.",
    ],
    limits: ["Strict sanctions enforcement costs your own traders.", "A bilateral deal that sidelines you is a loss even if it is a good deal."],
    tactics: ["Offer to act as guarantor: your food, fuel and trade are the DPRK's lifeline.", "Push both sides towards phased steps that keep the talks alive."],
  },
};

type Payoff = { [K in TermKey]: Partial<Record<string, number>> };

export const PAYOFFS: Record<Delegation, Payoff> = {
  US: {
    yongbyon: { none: 0, freeze: 4, dismantle: 8 },
    otherSites: { none: 0, declare: 3, freeze: 6, dismantle: 12 },
    arsenal: { none: 0, declare: 3, cap: 7, dismantle: 15 },
    missiles: { none: 0, test_moratorium: 3, icbm_dismantle: 8, all_dismantle: 10 },
    verification: { none: -6, self_report: -2, iaea: 6, intrusive: 10 },
    sanctionsRelief: { none: 4, humanitarian: 3, partial: 0, full: -8 },
    reliefTiming: { upfront: -6, phased: 6 },
    snapback: { false: 0, true: 5 },
    peace: { none: 0, end_of_war_declaration: 2, peace_treaty: 1 },
    securityAssurances: { none: 0, non_aggression: 0, exercise_reduction: -4 },
    diplomacy: { none: 0, liaison_offices: 2, normalization: 0 },
    chinaRole: { none: 0, endorse: 1, enforce_sanctions: 5, guarantor: 4 },
    framework: { bilateral: 0, trilateral: 3, multilateral: 6 },
    economicPath: { none: 0, humanitarian_aid: 1, development: 1, trade_integration: 0 },
    followUp: { none: 0, working_groups: 3, next_summit: 2 },
  },
  DPRK: {
    yongbyon: { none: 4, freeze: 2, dismantle: -2 },
    otherSites: { none: 6, declare: 3, freeze: 0, dismantle: -6 },
    arsenal: { none: 12, declare: 8, cap: 4, dismantle: -12 },
    missiles: { none: 5, test_moratorium: 4, icbm_dismantle: 0, all_dismantle: -5 },
    verification: { none: 6, self_report: 5, iaea: 0, intrusive: -8 },
    sanctionsRelief: { none: -6, humanitarian: 0, partial: 8, full: 15 },
    reliefTiming: { upfront: 6, phased: 0 },
    snapback: { false: 2, true: -2 },
    peace: { none: 0, end_of_war_declaration: 6, peace_treaty: 9 },
    securityAssurances: { none: 0, non_aggression: 6, exercise_reduction: 9 },
    diplomacy: { none: 0, liaison_offices: 4, normalization: 7 },
    chinaRole: { none: 1, endorse: 2, enforce_sanctions: -5, guarantor: 1 },
    framework: { bilateral: 3, trilateral: 2, multilateral: 0 },
    economicPath: { none: 0, humanitarian_aid: 3, development: 6, trade_integration: 9 },
    followUp: { none: 0, working_groups: 2, next_summit: 4 },
  },
  CHINA: {
    yongbyon: { none: 0, freeze: 3, dismantle: 4 },
    otherSites: { none: 0, declare: 2, freeze: 3, dismantle: 3 },
    arsenal: { none: -2, declare: 1, cap: 3, dismantle: 4 },
    missiles: { none: -2, test_moratorium: 3, icbm_dismantle: 3, all_dismantle: 3 },
    verification: { none: 0, self_report: 1, iaea: 3, intrusive: 0 },
    sanctionsRelief: { none: -4, humanitarian: 1, partial: 5, full: 6 },
    reliefTiming: { upfront: 1, phased: 2 },
    snapback: { false: 1, true: 0 },
    peace: { none: 0, end_of_war_declaration: 5, peace_treaty: 7 },
    securityAssurances: { none: 0, non_aggression: 3, exercise_reduction: 7 },
    diplomacy: { none: 0, liaison_offices: 2, normalization: 3 },
    chinaRole: { none: -6, endorse: 3, enforce_sanctions: -6, guarantor: 8 },
    framework: { bilateral: -8, trilateral: 6, multilateral: 5 },
    economicPath: { none: 0, humanitarian_aid: 2, development: 4, trade_integration: 6 },
    followUp: { none: 0, working_groups: 3, next_summit: 2 },
  },
};

/** A delegation's private payoff for a deal: the sum of its points for each chosen option. */
export function payoffFor(delegation: Delegation, deal: Deal): number {
  const table = PAYOFFS[delegation];
  return (Object.keys(table) as TermKey[]).reduce((sum, key) => sum + (table[key][String(deal[key])] ?? 0), 0);
}
