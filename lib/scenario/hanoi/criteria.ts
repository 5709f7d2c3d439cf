// The editorial's criteria, its walk-away outcome and its red lines, kept as plain data so a
// scenario file can supply them later. Every quote is an exact substring of editorial.txt.

import type { TermKey } from "./terms";

export type CriterionDefinition = {
  id: string;
  title: string;
  description: string;
  defaultWeight: number;
  quote: string;
  noDeal: { score: number; explanation: string };
};

export type RedLineDefinition = {
  id: string;
  message: string;
  /** The deal crosses the line when every listed term takes one of the listed options. */
  when: Partial<Record<TermKey, readonly (string | boolean)[]>>;
};

export const CRITERIA = [
  {
    id: "reciprocity",
    title: "Reciprocity",
    description: "Relief must match verified denuclearisation; everything for one facility is a bad bargain.",
    defaultWeight: 20,
    quote: "conceding one nuclear center out of many for the removal of sanctions is an unfair bargain",
    noDeal: { score: 50, explanation: "Walking away concedes nothing and gains nothing, so nobody is short-changed but nothing is exchanged." },
  },
  {
    id: "scope",
    title: "Scope beyond Yongbyon",
    description: "The other sites, the stockpile and the missiles count, not one complex.",
    defaultWeight: 15,
    quote: "the nation possesses other research centers and a stockpile of missiles and bombs",
    noDeal: { score: 0, explanation: "Without a deal no other site, warhead or missile is touched." },
  },
  {
    id: "balance",
    title: "Balance of power",
    description: "The DPRK must not come out stronger while it keeps its arsenal.",
    defaultWeight: 30,
    quote: "allowed North Korea to increase in power and influence, while continuing to maintain its arsenal",
    noDeal: { score: 100, explanation: "Walking away hands the DPRK nothing, so the balance of power stays where it was." },
  },
  {
    id: "verification",
    title: "Verifiability",
    description: "Given the country's record and the disputes over what was offered, every step must be checkable.",
    defaultWeight: 12,
    quote: "Because of the country\u2019s past conduct",
    noDeal: { score: 0, explanation: "Without a deal there is nothing for inspectors to check and no access for them." },
  },
  {
    id: "peace",
    title: "Peace on the peninsula",
    description: "A good deal also ends the Korean War and lowers tensions.",
    defaultWeight: 6,
    quote: "would also end the Korean War and help ease tensions on the Korean peninsula",
    noDeal: { score: 0, explanation: "The war stays formally unended and the failed summit leaves tensions where they were." },
  },
  {
    id: "multilateral",
    title: "A multilateral front with China",
    description: "China is the DPRK's lifeline, so a joint approach backed by other nations is needed.",
    defaultWeight: 8,
    quote: "draw on the support of other nations to present a united and tangible front",
    noDeal: { score: 0, explanation: "Walking away builds no common front with China or anyone else." },
  },
  {
    id: "realism",
    title: "Realism about leverage",
    description: "The US lacks the upper hand, so the DPRK needs reasons of its own to comply: security and a road to prosperity.",
    defaultWeight: 6,
    quote: "they do not have the upper hand",
    noDeal: { score: 0, explanation: "Walking away gives the DPRK no reason to change course, and the US lacks the leverage to force one." },
  },
  {
    id: "dialogue",
    title: "Keeping the talks alive",
    description: "Negotiation and communication must go on after the summit.",
    defaultWeight: 3,
    quote: "negotiation and communication between the U.S. and North Korea will continue",
    noDeal: { score: 0, explanation: "Walking away sets no date or channel for further talks, leaving communication to chance." },
  },
] as const satisfies readonly CriterionDefinition[];

export type CriterionId = (typeof CRITERIA)[number]["id"];

export const CRITERION_IDS: readonly CriterionId[] = CRITERIA.map((criterion) => criterion.id);

export const DEFAULT_WEIGHTS: Readonly<Record<CriterionId, number>> = Object.freeze(
  Object.fromEntries(CRITERIA.map((criterion) => [criterion.id, criterion.defaultWeight])) as Record<
    CriterionId,
    number
  >,
);

export const RED_LINES: readonly RedLineDefinition[] = [
  {
    id: "relief_for_arsenal",
    message: "Full sanctions relief while the DPRK keeps its arsenal",
    when: { sanctionsRelief: ["full"], arsenal: ["none", "declare", "cap"] },
  },
];

export const WALK_AWAY_QUOTE = "walking away is still better than a concession";
