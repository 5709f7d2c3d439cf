import {
  CRITERIA,
  CRITERION_IDS,
  DEFAULT_WEIGHTS,
  RED_LINES,
  type CriterionId,
} from "../scenario/hanoi/criteria";
import { TERMS, type Deal, type OptionValue, type TermKey } from "../scenario/hanoi/terms";

export type Weights = Partial<Record<CriterionId, number>>;
export type Verdict = "sign" | "walk_away";

export type CriterionResult = {
  id: CriterionId;
  title: string;
  /** Normalised: the weights of one result sum to 1. */
  weight: number;
  score: number;
  explanation: string;
  quote: string;
};

export type ScoreResult = {
  total: number;
  baseline: number;
  verdict: Verdict;
  criteria: CriterionResult[];
  redLine: string | null;
  summary: string;
};

type Judgement = { score: number; explanation: string };

const STRENGTH = new Map<TermKey, Map<OptionValue, number>>(
  TERMS.map((term) => [term.key, new Map(term.options.map((option) => [option.value, option.strength]))]),
);

function strength(deal: Deal, key: TermKey): number {
  const value = STRENGTH.get(key)?.get(deal[key]);
  if (value === undefined) throw new Error(`"${key}" has no option ${JSON.stringify(deal[key])}`);
  return value;
}

const clampScore = (fraction: number) => Math.round(Math.min(1, Math.max(0, fraction)) * 100);
const round1 = (value: number) => Math.round(value * 10) / 10;
const decapitalise = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

function list(items: readonly string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}

/** Share of the nuclear programme given up, before asking whether anyone can check it. */
function denuclearisation(deal: Deal): number {
  const s = (key: TermKey) => strength(deal, key);
  return 0.15 * s("yongbyon") + 0.25 * s("otherSites") + 0.35 * s("arsenal") + 0.25 * s("missiles");
}

/** How far a promised step can be believed: unchecked steps still count, but only a quarter. */
const credibility = (deal: Deal) => 0.25 + 0.75 * strength(deal, "verification");

const verifiedDenuclearisation = (deal: Deal) => denuclearisation(deal) * credibility(deal);

function stepsPhrase(deal: Deal): string {
  const d = denuclearisation(deal);
  if (d === 0) return "no step at all";
  if (d >= 0.9) return "dismantling the whole programme";
  const onlyYongbyon = deal.otherSites === "none" && deal.arsenal === "none" && deal.missiles === "none";
  if (onlyYongbyon) return deal.yongbyon === "freeze" ? "freezing a single facility" : "dismantling a single facility";
  return "partial steps";
}

const RELIEF_NAME: Record<string, string> = { humanitarian: "Humanitarian", partial: "Partial", full: "Full" };
const RELIEF_REWARD: Record<string, string> = { humanitarian: "humanitarian exemptions", partial: "partial relief", full: "full relief" };

/** Everything the DPRK is given, sanctions relief first; other rewards count for less. */
function received(deal: Deal): number {
  const s = (key: TermKey) => strength(deal, key);
  return Math.min(1, s("sanctionsRelief") + 0.1 * (s("securityAssurances") + s("diplomacy") + s("economicPath") + s("peace")));
}

function rewardsText(deal: Deal): string {
  const items = [
    RELIEF_REWARD[deal.sanctionsRelief],
    deal.securityAssurances === "none" ? undefined : "security assurances",
    deal.diplomacy === "none" ? undefined : "diplomatic ties",
    deal.economicPath === "none" ? undefined : "economic help",
    deal.peace === "none" ? undefined : "an end to the war",
  ].filter((item): item is string => item !== undefined);
  return items.length === 0 ? "nothing" : list(items);
}

function reciprocity(deal: Deal): Judgement {
  const relief = strength(deal, "sanctionsRelief");
  const given = received(deal);
  const verified = verifiedDenuclearisation(deal);
  const excess = Math.max(0, given - verified);
  const shortfall = Math.max(0, verified - given);
  // Unearned share of what is given: a small gift for nothing hurts less than a large one.
  const unearned = given > 0 ? (excess / given) * Math.min(1, 2 * given) : 0;
  const overpay = Math.max(excess, unearned);
  const phased = deal.reliefTiming === "phased";
  const guard = 0.6 + (phased ? 0.25 : 0) + (deal.snapback ? 0.15 : 0);
  // An even exchange of nothing is worth half an even exchange of everything.
  const substance = 0.5 + 0.5 * Math.max(given, verified);
  const score = clampScore((1 - overpay - 0.4 * shortfall) * (1 - relief * (1 - guard)) * substance);
  const unchecked = strength(deal, "verification") < 0.5 && verified > 0 ? " that no one properly checks" : "";
  const outruns = overpay >= 0.6 ? "far outruns" : "outruns";
  let explanation: string;
  if (overpay >= 0.25 && relief >= 0.5) {
    explanation = `${RELIEF_NAME[deal.sanctionsRelief]} relief is paid ${phased ? "in phases" : "up front"} for ${stepsPhrase(deal)}${unchecked}, so relief ${outruns} verified steps.`;
  } else if (overpay >= 0.25) {
    explanation = `The DPRK gets ${rewardsText(deal)} for ${stepsPhrase(deal)}${unchecked}, so what it receives ${outruns} verified steps.`;
  } else if (shortfall >= 0.25) {
    explanation = `The DPRK commits to ${stepsPhrase(deal)} but gets ${given > 0 ? "only " : ""}${rewardsText(deal)} in return, so the exchange is lopsided the other way.`;
  } else if (given === 0) {
    explanation = "The deal trades almost nothing: no reward is given and few verified steps are asked for.";
  } else if (relief === 0) {
    explanation = "What the DPRK receives roughly matches its verified steps, and no sanctions relief is at stake.";
  } else {
    const guardText = phased
      ? deal.snapback ? "and phasing with snapback keeps relief tied to them" : "and phasing ties relief to them, though nothing snaps back on violation"
      : deal.snapback ? "but paying relief up front leaves only snapback as protection" : "but paying relief up front with no snapback leaves it exposed";
    explanation = `What the DPRK receives roughly matches its verified steps, ${guardText}.`;
  }
  return { score, explanation };
}

const SITES_TEXT: Record<string, string> = { none: "other sites untouched", declare: "other sites only declared", freeze: "other sites frozen", dismantle: "other sites dismantled" };
const ARSENAL_TEXT: Record<string, string> = { none: "the arsenal untouched", declare: "the arsenal only declared", cap: "the arsenal capped", dismantle: "the arsenal dismantled" };
const MISSILES_TEXT: Record<string, string> = { none: "no limit on missiles", test_moratorium: "only a pause on missile tests", icbm_dismantle: "long-range missiles scrapped", all_dismantle: "all missiles scrapped" };

function scope(deal: Deal): Judgement {
  const breadth = 0.35 * strength(deal, "otherSites") + 0.4 * strength(deal, "arsenal") + 0.25 * strength(deal, "missiles");
  const score = clampScore(breadth * (0.5 + 0.5 * credibility(deal)));
  const unchecked = credibility(deal) < 0.75 ? ", though unchecked promises count for less" : "";
  const explanation =
    breadth === 0
      ? "Nothing beyond Yongbyon is covered: the other sites, the stockpile and the missiles are left untouched."
      : `Beyond Yongbyon the deal has ${list([SITES_TEXT[deal.otherSites] ?? "", ARSENAL_TEXT[deal.arsenal] ?? "", MISSILES_TEXT[deal.missiles] ?? ""])}${unchecked}.`;
  return { score, explanation };
}

const KEPT_TEXT: Record<string, string> = {
  none: "it keeps its whole arsenal",
  declare: "it keeps its whole arsenal and merely declares it",
  cap: "it keeps its capped arsenal",
};

function keptText(deal: Deal): string {
  const kept = KEPT_TEXT[deal.arsenal];
  if (kept) return kept;
  return strength(deal, "verification") < 0.5 ? "no one properly checks that its arsenal is gone" : "some of its nuclear capability may remain";
}

function balance(deal: Deal): Judgement {
  const s = (key: TermKey) => strength(deal, key);
  const capability = 0.6 * s("arsenal") + 0.25 * s("missiles") + 0.15 * (0.4 * s("yongbyon") + 0.6 * s("otherSites"));
  const retained = 1 - capability * credibility(deal);
  // Recognition, peace and fewer exercises strengthen the regime too, not only sanctions relief.
  const gains = Math.min(1, s("sanctionsRelief") + 0.25 * (s("economicPath") + s("securityAssurances") + s("diplomacy") + s("peace")));
  const score = clampScore(1 - retained * gains);
  let explanation: string;
  if (gains < 0.15) {
    explanation = "The DPRK gains little from the deal, so it does not come out stronger whatever it keeps.";
  } else if (retained < 0.2) {
    explanation = "The DPRK's deterrent is dismantled under checks, so what it gains does not leave it stronger.";
  } else {
    explanation = `The DPRK gets ${rewardsText(deal)} while ${keptText(deal)}, so it comes out stronger.`;
  }
  return { score, explanation };
}

const CHECKS_TEXT: Record<string, string> = {
  none: "Nobody checks the steps",
  self_report: "The DPRK only reports on itself",
  iaea: "IAEA inspectors check the declared sites",
  intrusive: "Inspectors can go anywhere at short notice",
};

function verification(deal: Deal): Judgement {
  const sitesDeclared = deal.otherSites !== "none";
  const arsenalDeclared = deal.arsenal !== "none";
  const declared = (sitesDeclared ? 0.5 : 0) + (arsenalDeclared ? 0.5 : 0);
  const checks = strength(deal, "verification");
  const score = clampScore(0.7 * checks + 0.15 * (deal.snapback ? 1 : 0) + 0.15 * declared);
  const declText = sitesDeclared
    ? arsenalDeclared ? "sites and arsenal are on record" : "only the other sites are on record"
    : arsenalDeclared ? "only the arsenal is on record" : "no inventory is on record";
  const snapText = deal.snapback ? "sanctions snap back on violation" : "nothing snaps back on violation";
  const tail = checks < 0.5 ? ", which is too little given the country's past conduct" : "";
  return { score, explanation: `${CHECKS_TEXT[deal.verification]}, ${declText}, and ${snapText}${tail}.` };
}

const PEACE_TEXT: Record<string, string> = { end_of_war_declaration: "an end-of-war declaration", peace_treaty: "a peace treaty" };
const ASSURANCE_TEXT: Record<string, string> = { non_aggression: "a non-aggression pledge", exercise_reduction: "a non-aggression pledge with fewer exercises" };
const TIES_TEXT: Record<string, string> = { liaison_offices: "liaison offices", normalization: "full diplomatic relations" };

function peace(deal: Deal): Judgement {
  const s = (key: TermKey) => strength(deal, key);
  const score = clampScore(0.6 * s("peace") + 0.25 * s("securityAssurances") + 0.15 * s("diplomacy"));
  const items = [
    PEACE_TEXT[deal.peace],
    ASSURANCE_TEXT[deal.securityAssurances],
    TIES_TEXT[deal.diplomacy],
  ].filter((item): item is string => item !== undefined);
  if (items.length === 0) {
    return { score, explanation: "The deal neither ends the Korean War nor eases tensions with assurances or ties." };
  }
  const tail = deal.peace === "none" ? ", but the war itself is not ended" : deal.peace === "end_of_war_declaration" ? ", though no binding treaty ends the war" : "";
  return { score, explanation: `Tensions on the peninsula ease thanks to ${list(items)}${tail}.` };
}

const CHINA_TEXT: Record<string, string> = {
  none: "China takes on no duties",
  endorse: "China merely gives its blessing",
  enforce_sanctions: "China enforces sanctions at its border",
  guarantor: "China ties its trade, food and fuel to compliance",
};
const FRAMEWORK_TEXT: Record<string, string> = {
  bilateral: "and only the US and the DPRK sign",
  trilateral: "and it signs alongside the US and the DPRK",
  multilateral: "and South Korea, Japan, Russia and the UN sign alongside it, the US and the DPRK",
};

function multilateral(deal: Deal): Judgement {
  const score = clampScore(0.55 * strength(deal, "chinaRole") + 0.45 * strength(deal, "framework"));
  const outside = deal.chinaRole === "none";
  const framework = (FRAMEWORK_TEXT[deal.framework] ?? "").replace(/^and/, outside && deal.framework !== "bilateral" ? "though" : "and");
  const tail = outside ? ", so the DPRK's lifeline stays outside the deal" : "";
  return { score, explanation: `${CHINA_TEXT[deal.chinaRole]}, ${framework}${tail}.` };
}

const ECONOMY_TEXT: Record<string, string> = { humanitarian_aid: "humanitarian aid", development: "development projects", trade_integration: "a path into world trade" };

function realism(deal: Deal): Judgement {
  const s = (key: TermKey) => strength(deal, key);
  const phased = deal.reliefTiming === "phased";
  // Relief paid at signing is spent before compliance is due, so it buys little future good behaviour.
  const reliefPull = s("sanctionsRelief") * (phased ? 1 : 0.4);
  const score = clampScore(0.3 * s("securityAssurances") + 0.3 * s("economicPath") + 0.15 * s("diplomacy") + 0.25 * reliefPull);
  const items: string[] = [];
  const missing: string[] = [];
  (deal.securityAssurances === "none" ? missing : items).push("security assurances");
  if (deal.economicPath === "none") missing.push("economic path");
  else items.push(ECONOMY_TEXT[deal.economicPath] ?? "");
  (deal.diplomacy === "none" ? missing : items).push("diplomatic ties");
  if (phased && deal.sanctionsRelief !== "none") items.push("relief that keeps coming as it complies");
  let explanation: string;
  if (items.length === 0) {
    explanation = deal.sanctionsRelief === "none"
      ? "The DPRK gets no security, economic or diplomatic reason to keep its side, and the US lacks the leverage to force it."
      : "Relief paid at signing is the DPRK's only gain and is spent before compliance is due, so little keeps it on track.";
  } else {
    const gaps = missing.length > 0 ? `, though it gets no ${list(missing).replace(" and ", " or ")}` : "";
    explanation = `The DPRK has reasons to keep its side: ${list(items)}${gaps}.`;
  }
  return { score, explanation };
}

const FOLLOW_UP_TEXT: Record<string, string> = { working_groups: "regular working groups", next_summit: "a planned next summit" };
const CHANNEL_TEXT: Record<string, string> = { liaison_offices: "liaison offices", normalization: "embassies" };

function dialogue(deal: Deal): Judgement {
  const score = clampScore(0.7 * strength(deal, "followUp") + 0.3 * strength(deal, "diplomacy"));
  const items = [FOLLOW_UP_TEXT[deal.followUp], CHANNEL_TEXT[deal.diplomacy]].filter((item): item is string => item !== undefined);
  if (items.length === 0) {
    return { score, explanation: "Nothing provides for further talks, so communication depends on goodwill alone." };
  }
  const tail = deal.followUp === "none" ? ", though no further meeting is planned" : "";
  return { score, explanation: `The talks stay alive through ${list(items)}${tail}.` };
}

const RULES: Record<CriterionId, (deal: Deal) => Judgement> = {
  reciprocity,
  scope,
  balance,
  verification,
  peace,
  multilateral,
  realism,
  dialogue,
};

function normaliseWeights(weights: Weights | undefined): Record<CriterionId, number> {
  for (const key of Object.keys(weights ?? {})) {
    if (!(CRITERION_IDS as readonly string[]).includes(key)) throw new Error(`unknown criterion "${key}" in weights`);
  }
  const merged = { ...DEFAULT_WEIGHTS, ...weights };
  let sum = 0;
  for (const id of CRITERION_IDS) {
    const weight = merged[id];
    if (typeof weight !== "number" || !Number.isFinite(weight) || weight < 0) {
      throw new Error(`weight of "${id}" must be a non-negative number, got ${String(weight)}`);
    }
    sum += weight;
  }
  if (sum <= 0) throw new Error("weights must not all be zero");
  return Object.fromEntries(CRITERION_IDS.map((id) => [id, merged[id] / sum])) as Record<CriterionId, number>;
}

const weightedTotal = (weights: Record<CriterionId, number>, score: (id: CriterionId) => number) =>
  round1(CRITERION_IDS.reduce((sum, id) => sum + weights[id] * score(id), 0));

const NO_DEAL_SCORES = Object.fromEntries(CRITERIA.map((c) => [c.id, c.noDeal.score])) as Record<CriterionId, number>;

function redLineOf(deal: Deal): string | null {
  const crossed = RED_LINES.find((line) =>
    Object.entries(line.when).every(([key, options]) => options.includes(deal[key as TermKey])),
  );
  return crossed?.message ?? null;
}

/** Criteria that moved the total most against (or in favour of) walking away, largest first. */
function drivers(criteria: CriterionResult[], direction: 1 | -1, count: number): string {
  const names = criteria
    .map((c) => ({ title: c.title, impact: direction * c.weight * (c.score - NO_DEAL_SCORES[c.id]) }))
    .filter((c) => c.impact > 0)
    .sort((a, b) => b.impact - a.impact)
    .slice(0, count)
    .map((c) => decapitalise(c.title));
  return list(names);
}

function summarise(result: Omit<ScoreResult, "summary">): string {
  const versus = `${result.total.toFixed(1)} against the no-deal baseline of ${result.baseline.toFixed(1)}`;
  if (result.verdict === "sign") return `Sign: it scores ${versus}, carried by ${drivers(result.criteria, 1, 3)}.`;
  const sunk = drivers(result.criteria, -1, 2);
  const below = result.total <= result.baseline;
  if (result.redLine) {
    const detail = below && sunk ? `, and it scores ${versus}, sunk by ${sunk}` : `, whatever its score of ${versus}`;
    return `Walk away: ${decapitalise(result.redLine)} crosses the red line${detail}.`;
  }
  return sunk
    ? `Walk away: it scores ${versus}, sunk by ${sunk}.`
    : `Walk away: it scores ${versus}, so signing gains nothing over walking away.`;
}

export function scoreDeal(deal: Deal, weights?: Weights): ScoreResult {
  const normalised = normaliseWeights(weights);
  const criteria = CRITERIA.map((criterion) => {
    const judgement = RULES[criterion.id](deal);
    return { id: criterion.id, title: criterion.title, weight: normalised[criterion.id], quote: criterion.quote, ...judgement };
  });
  const byId = Object.fromEntries(criteria.map((c) => [c.id, c.score])) as Record<CriterionId, number>;
  const total = weightedTotal(normalised, (id) => byId[id]);
  const baseline = weightedTotal(normalised, (id) => NO_DEAL_SCORES[id]);
  const redLine = redLineOf(deal);
  const verdict: Verdict = total > baseline && redLine === null ? "sign" : "walk_away";
  const result = { total, baseline, verdict, criteria, redLine };
  return { ...result, summary: summarise(result) };
}

export function scoreNoDeal(weights?: Weights): ScoreResult {
  const normalised = normaliseWeights(weights);
  const baseline = weightedTotal(normalised, (id) => NO_DEAL_SCORES[id]);
  const criteria = CRITERIA.map((criterion) => ({
    id: criterion.id,
    title: criterion.title,
    weight: normalised[criterion.id],
    score: criterion.noDeal.score,
    explanation: criterion.noDeal.explanation,
    quote: criterion.quote,
  }));
  const summary = `Walking away scores the baseline of ${baseline.toFixed(1)}: nothing is conceded, but nothing is gained either.`;
  return { total: baseline, baseline, verdict: "walk_away", criteria, redLine: null, summary };
}
