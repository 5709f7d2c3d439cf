// The Hanoi scenario's deal vocabulary: one option per term, weakest first.
// Keys and option values are the contract shared by the form, the database and the scoring engine.
// `strength` (0 = weakest, 1 = strongest) is what the scoring engine reads.

export type OptionValue = string | boolean;

export type TermOptionDefinition = {
  value: OptionValue;
  label: string;
  explanation: string;
  strength: number;
};

export type TermDefinition = {
  key: string;
  label: string;
  explanation: string;
  options: readonly TermOptionDefinition[];
};

export const TERMS = [
  { key: "yongbyon", label: "Yongbyon complex", explanation: "The DPRK's best-known nuclear site, where material for bombs is produced.", options: [
    { value: "none", label: "No commitment", explanation: "Yongbyon keeps operating as it does today.", strength: 0 },
    { value: "freeze", label: "Freeze", explanation: "Work at Yongbyon stops, but the plant stays in place and could restart.", strength: 0.4 },
    { value: "dismantle", label: "Dismantle", explanation: "The Yongbyon facilities are taken apart so they cannot be restarted.", strength: 1 },
  ] },
  { key: "otherSites", label: "Other nuclear sites", explanation: "Research and enrichment plants outside Yongbyon, some never officially acknowledged.", options: [
    { value: "none", label: "No commitment", explanation: "The other sites are not mentioned and keep working out of view.", strength: 0 },
    { value: "declare", label: "Declare", explanation: "The DPRK lists its other sites, which gives inspectors a map but stops nothing.", strength: 0.2 },
    { value: "freeze", label: "Freeze", explanation: "Work at the other sites stops, though the equipment remains.", strength: 0.5 },
    { value: "dismantle", label: "Dismantle", explanation: "The other sites are taken apart as well.", strength: 1 },
  ] },
  { key: "arsenal", label: "Nuclear arsenal", explanation: "The warheads already built and the material stockpiled for more.", options: [
    { value: "none", label: "Keep as is", explanation: "The DPRK keeps every warhead and its whole stockpile.", strength: 0 },
    { value: "declare", label: "Declare", explanation: "The DPRK reports what it holds without giving any of it up.", strength: 0.2 },
    { value: "cap", label: "Cap", explanation: "The arsenal may not grow beyond its present size, but nothing is removed.", strength: 0.5 },
    { value: "dismantle", label: "Dismantle", explanation: "Warheads and stockpiled material are removed and destroyed.", strength: 1 },
  ] },
  { key: "missiles", label: "Missile programme", explanation: "The rockets that could carry a warhead across the region or to the United States.", options: [
    { value: "none", label: "No limits", explanation: "Missile building and testing carry on.", strength: 0 },
    { value: "test_moratorium", label: "Pause on tests", explanation: "The DPRK stops test launches but keeps the missiles it has.", strength: 0.2 },
    { value: "icbm_dismantle", label: "Scrap long-range missiles", explanation: "Missiles able to reach the United States are destroyed; shorter-range ones stay.", strength: 0.6 },
    { value: "all_dismantle", label: "Scrap all missiles", explanation: "Every nuclear-capable missile, whatever its range, is destroyed.", strength: 1 },
  ] },
  { key: "verification", label: "Verification", explanation: "Who confirms that the DPRK has really done what it promised.", options: [
    { value: "none", label: "No checks", explanation: "The promises are taken on trust.", strength: 0 },
    { value: "self_report", label: "Self-reporting", explanation: "The DPRK reports its own progress and nobody checks on the ground.", strength: 0.2 },
    { value: "iaea", label: "IAEA inspectors", explanation: "The UN nuclear watchdog inspects the sites the DPRK has declared.", strength: 0.7 },
    { value: "intrusive", label: "Inspections anywhere", explanation: "Inspectors may visit any site at short notice, declared or not.", strength: 1 },
  ] },
  { key: "sanctionsRelief", label: "Sanctions relief", explanation: "How much of the UN and US sanctions on the DPRK is lifted.", options: [
    { value: "none", label: "None", explanation: "Every sanction stays in force.", strength: 0 },
    { value: "humanitarian", label: "Humanitarian exemptions", explanation: "Food, medicine and aid may get through; the other sanctions remain.", strength: 0.1 },
    { value: "partial", label: "Partial relief", explanation: "Some economic sanctions, such as bans on certain exports, are lifted.", strength: 0.5 },
    { value: "full", label: "Full relief", explanation: "All current economic sanctions are lifted.", strength: 1 },
  ] },
  { key: "reliefTiming", label: "Timing of relief", explanation: "Whether relief comes in one go or step by step.", options: [
    { value: "upfront", label: "Up front", explanation: "All the agreed relief is granted the day the deal is signed.", strength: 0 },
    { value: "phased", label: "In phases", explanation: "Each portion of relief is released only after a matching step has been checked.", strength: 1 },
  ] },
  { key: "snapback", label: "Snapback", explanation: "Whether sanctions come back by themselves if the DPRK breaks the deal.", options: [
    { value: false, label: "No snapback", explanation: "Lifted sanctions could only return through a new decision that others may block.", strength: 0 },
    { value: true, label: "Automatic snapback", explanation: "Lifted sanctions return automatically once a violation is confirmed.", strength: 1 },
  ] },
  { key: "peace", label: "Ending the Korean War", explanation: "The 1950–53 war was halted by an armistice, never by a peace agreement.", options: [
    { value: "none", label: "Nothing", explanation: "The armistice stays the only arrangement.", strength: 0 },
    { value: "end_of_war_declaration", label: "End-of-war declaration", explanation: "A political statement that the war is over, without a binding treaty.", strength: 0.6 },
    { value: "peace_treaty", label: "Peace treaty", explanation: "A binding treaty formally ends the war and sets the terms of peace.", strength: 1 },
  ] },
  { key: "securityAssurances", label: "Security assurances", explanation: "Promises to the DPRK that it will not be attacked.", options: [
    { value: "none", label: "None", explanation: "The DPRK receives no security promise.", strength: 0 },
    { value: "non_aggression", label: "Non-aggression pledge", explanation: "The United States pledges not to attack or invade the DPRK.", strength: 0.6 },
    { value: "exercise_reduction", label: "Pledge and fewer exercises", explanation: "On top of the pledge, joint US–South Korean military exercises are scaled back.", strength: 1 },
  ] },
  { key: "diplomacy", label: "Diplomatic ties", explanation: "How formally the United States and the DPRK deal with each other.", options: [
    { value: "none", label: "None", explanation: "No official channel beyond summits and letters.", strength: 0 },
    { value: "liaison_offices", label: "Liaison offices", explanation: "Each side opens a small office in the other's capital to stay in touch.", strength: 0.6 },
    { value: "normalization", label: "Full relations", explanation: "The two countries recognise each other and exchange ambassadors.", strength: 1 },
  ] },
  { key: "chinaRole", label: "China's role", explanation: "What China, the DPRK's main trading partner and supplier of food and fuel, takes on.", options: [
    { value: "none", label: "No role", explanation: "China is not part of the deal.", strength: 0 },
    { value: "endorse", label: "Endorses", explanation: "China publicly backs the deal but takes on no duties.", strength: 0.3 },
    { value: "enforce_sanctions", label: "Enforces sanctions", explanation: "China applies the remaining sanctions strictly at its border.", strength: 0.6 },
    { value: "guarantor", label: "Guarantor", explanation: "China makes its trade, food and fuel for the DPRK depend on the DPRK keeping its word.", strength: 1 },
  ] },
  { key: "framework", label: "Who signs", explanation: "Which countries are parties to the agreement.", options: [
    { value: "bilateral", label: "US and DPRK", explanation: "Only the United States and the DPRK sign.", strength: 0 },
    { value: "trilateral", label: "US, DPRK and China", explanation: "China signs alongside the two main parties.", strength: 0.5 },
    { value: "multilateral", label: "Multilateral", explanation: "South Korea, Japan, Russia and the UN join the United States, the DPRK and China.", strength: 1 },
  ] },
  { key: "economicPath", label: "Economic path", explanation: "What the deal offers the DPRK's economy beyond lifting sanctions.", options: [
    { value: "none", label: "None", explanation: "No economic help or opening is planned.", strength: 0 },
    { value: "humanitarian_aid", label: "Humanitarian aid", explanation: "Food and medical aid reach the population.", strength: 0.3 },
    { value: "development", label: "Development projects", explanation: "Investment in roads, power and farming is planned.", strength: 0.7 },
    { value: "trade_integration", label: "Trade integration", explanation: "A route is laid out for the DPRK to join regional trade and international bodies.", strength: 1 },
  ] },
  { key: "followUp", label: "Follow-up", explanation: "How the talks carry on once this deal is agreed.", options: [
    { value: "none", label: "None", explanation: "Nothing is agreed about further talks.", strength: 0 },
    { value: "working_groups", label: "Working groups", explanation: "Expert teams meet regularly to settle the details.", strength: 0.7 },
    { value: "next_summit", label: "Another summit", explanation: "The leaders agree to meet again.", strength: 1 },
  ] },
] as const satisfies readonly TermDefinition[];

type Term = (typeof TERMS)[number];
export type TermKey = Term["key"];
export type TermOption<K extends TermKey> = Extract<Term, { key: K }>["options"][number]["value"];
export type Deal = { [K in TermKey]: TermOption<K> };
export type DealInput = Partial<Deal>;

export const TERM_KEYS: readonly TermKey[] = TERMS.map((term) => term.key);

export function getTerm<K extends TermKey>(key: K): Extract<Term, { key: K }> {
  const term = TERMS.find((candidate) => candidate.key === key);
  if (!term) throw new Error(`unknown term "${key}"`);
  return term as Extract<Term, { key: K }>;
}

export const WEAKEST_DEAL: Readonly<Deal> = Object.freeze(
  Object.fromEntries(TERMS.map((term) => [term.key, term.options[0].value])) as Deal,
);

export function completeDeal(partial: DealInput): Deal {
  const deal = { ...WEAKEST_DEAL } as Record<TermKey, OptionValue>;
  for (const key of TERM_KEYS) {
    const value = partial[key];
    if (value !== undefined) deal[key] = value;
  }
  return deal as Deal;
}

export const HANOI_BARGAIN: Readonly<Deal> = Object.freeze(
  completeDeal({ yongbyon: "dismantle", sanctionsRelief: "full", reliefTiming: "upfront", framework: "bilateral" }),
);

export const COMPREHENSIVE_DEAL: Readonly<Deal> = Object.freeze({
  yongbyon: "dismantle",
  otherSites: "dismantle",
  arsenal: "dismantle",
  missiles: "all_dismantle",
  verification: "intrusive",
  sanctionsRelief: "full",
  reliefTiming: "phased",
  snapback: true,
  peace: "end_of_war_declaration",
  securityAssurances: "non_aggression",
  diplomacy: "liaison_offices",
  chinaRole: "guarantor",
  framework: "multilateral",
  economicPath: "trade_integration",
  followUp: "working_groups",
});

export const ROLES = [
  {
    id: "US",
    name: "United States",
    summary:
      "The United States wants the DPRK to give up its nuclear weapons and the missiles that carry them, in steps that can be checked. It can offer sanctions relief, security promises and recognition, but it will not pay for a single facility or pay before anything is verified.",
  },
  {
    id: "DPRK",
    name: "DPRK (North Korea)",
    summary:
      "For the DPRK's leaders the nuclear arsenal is both a shield and the guarantee of their hold on power. They want sanctions lifted early, a promise not to be attacked, a formal end to the Korean War and a way back into world trade. Handing over the weapons or opening every site to inspectors is what they resist most.",
  },
  {
    id: "CHINA",
    name: "China",
    summary:
      "China is the DPRK's largest trading partner and supplies much of its food and fuel. It wants a calm peninsula with neither war nor collapse on its border, and a seat at the table rather than a deal made over its head. Enforcing sanctions strictly costs it trade.",
  },
] as const;

export type RoleId = (typeof ROLES)[number]["id"];
