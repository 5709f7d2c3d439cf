// Property: for any valid scenario of two to five roles, scoring, payoffs and the computer
// negotiator never throw and give the same answer twice.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decide } from "@/lib/bots/negotiator";
import { loadScenario } from "@/lib/scenario/load";
import type { Scenario } from "@/lib/scenario/schema";
import { scoreDealFor, scoreNoDealFor } from "./engine";
import { payoffWith } from "./payoff";

const QUOTES = ["Both sides must give something.", "Promises need checking.", "Talks must go on."];
const EDITORIAL = [`An editorial in three sentences. ${QUOTES.join(" ")}`];
const text = (what: string) => `${what}.`;

/** A scenario file: 2–5 roles, 1–4 terms of 2–4 options, 1–3 criteria over terms and a measure. */
const scenarioFile = fc
  .record({
    roles: fc.integer({ min: 2, max: 5 }),
    options: fc.array(fc.integer({ min: 2, max: 4 }), { minLength: 1, maxLength: 4 }),
    criteria: fc.array(
      fc.record({
        weight: fc.integer({ min: 0, max: 3 }),
        noDeal: fc.integer({ min: 0, max: 100 }),
        term: fc.nat(),
        quote: fc.nat(),
      }),
      { minLength: 1, maxLength: 3 },
    ),
    points: fc.array(fc.integer({ min: -5, max: 10 }), { minLength: 80, maxLength: 80 }),
    redLine: fc.boolean(),
  })
  .map(({ roles, options, criteria, points, redLine }) => {
    const roleIds = Array.from({ length: roles }, (_, i) => `r${i}`);
    const terms = Object.fromEntries(
      options.map((count, t) => [
        `t${t}`,
        {
          label: `Term ${t}`,
          explanation: text(`What term ${t} decides`),
          options: Array.from({ length: count }, (_, o) => ({
            value: `o${o}`,
            label: `Option ${o}`,
            explanation: text(`Option ${o}`),
            strength: o / (count - 1),
          })),
        },
      ]),
    );
    let p = 0;
    const payoffs = Object.fromEntries(
      roleIds.map((role) => [
        role,
        Object.fromEntries(
          options.map((count, t) => [
            `t${t}`,
            Object.fromEntries(Array.from({ length: count }, (_, o) => [`o${o}`, points[p++ % points.length] ?? 0])),
          ]),
        ),
      ]),
    );
    return {
      format: 1,
      id: "random",
      title: "A random scenario",
      editorial: EDITORIAL,
      roles: roleIds.map((id) => ({ id, name: `Role ${id}`, summary: text(`Role ${id}`) })),
      reading: { title: "Reading", paragraphs: [text("What happened")], quotes: [QUOTES[0]], source: "a test" },
      briefs: Object.fromEntries(
        roleIds.map((id) => [id, { goals: [text("A goal")], limits: [text("A limit")], tactics: [text("A tactic")] }]),
      ),
      payoffs,
      terms,
      measures: { overall: `(${options.map((_, t) => `t${t}`).join(" + ")}) / ${options.length}` },
      criteria: criteria.map((c, i) => ({
        id: `c${i}`,
        title: `Criterion ${i}`,
        description: text(`Criterion ${i}`),
        defaultWeight: i === 0 ? Math.max(1, c.weight) : c.weight,
        quote: QUOTES[c.quote % QUOTES.length],
        score: i === 0 ? "overall" : `min(1, t${c.term % options.length} + 0.1)`,
        explanations: [{ when: "overall > 0.5", text: "More than half way." }, { text: "Less than half way." }],
        noDeal: { score: c.noDeal, explanation: "Nothing agreed." },
      })),
      redLines: redLine ? [{ id: "floor", message: "Nothing at all on the first term", when: { t0: ["o0"] } }] : [],
      examples: {},
    };
  });

const withDeals = scenarioFile.chain((file) => {
  const scenario = loadScenario(file, { source: "random" });
  const deal = fc.tuple(...scenario.terms.map((term) => fc.constantFrom(...term.options.map((o) => o.value))));
  return fc.record({ scenario: fc.constant(scenario), deals: fc.array(deal, { minLength: 1, maxLength: 5 }) });
});

const dealOf = (scenario: Scenario, values: readonly unknown[]) =>
  Object.fromEntries(scenario.terms.map((t, i) => [t.key, values[i]])) as Record<string, string>;

describe("any scenario of two to five roles", () => {
  it("scores every deal, pays every role and lets the computer answer, without throwing, the same way twice", () => {
    fc.assert(
      fc.property(withDeals, ({ scenario, deals }) => {
        expect(scenario.roles.length).toBeGreaterThanOrEqual(2);
        expect(scoreNoDealFor(scenario)).toEqual(scoreNoDealFor(scenario));
        for (const values of deals) {
          const deal = dealOf(scenario, values);
          const score = scoreDealFor(scenario, deal);
          expect(scoreDealFor(scenario, deal)).toEqual(score);
          expect(score.total).toBeGreaterThanOrEqual(0);
          expect(score.total).toBeLessThanOrEqual(100);
          expect(["sign", "walk_away"]).toContain(score.verdict);
          for (const role of scenario.roles) {
            const table = scenario.payoffs[role.id] ?? {};
            expect(Number.isFinite(payoffWith(table, deal))).toBe(true);
            const situation = {
              payoffs: table,
              proposal: { version: 1, terms: deal, delegation: "US" as const },
              canAnswer: true,
              canCounter: true,
              countersSoFar: 0,
            };
            const decision = decide(situation, scenario);
            expect(decide(situation, scenario)).toEqual(decision);
            if (decision.kind === "counter") {
              for (const term of scenario.terms)
                expect(term.options.map((o) => o.value)).toContain(decision.terms[term.key]);
            }
          }
        }
      }),
      { numRuns: 150, seed: 20261128 },
    );
  });
});
