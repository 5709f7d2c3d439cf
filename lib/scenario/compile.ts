// Turns a scenario's rules (measures, phrases, criterion scores and explanations) into trees the
// engine walks, reporting every syntax error and every reference to something that does not exist.
import { RESERVED_WORDS, parseExpression, references, type Expr } from "./expression";
import type { Issues, Path } from "./issues";
import type { Case, Phrase, Program } from "./program";
import type { PhraseSpec, ScenarioFile } from "./schema";
import { parseTemplate, placeholders, type Template } from "./template";

const NOTHING: Expr = { kind: "number", value: 0 };

export function compileScenario(file: ScenarioFile, issues: Issues): Program {
  const options = Object.fromEntries(
    Object.entries(file.terms).map(([key, term]) => [
      key,
      Object.fromEntries(term.options.map((o) => [String(o.value), { strength: o.strength, label: o.label }])),
    ]),
  );
  const measureNames = new Set(Object.keys(file.measures));
  const phraseNames = new Set(Object.keys(file.phrases));
  const usable = new Set(Object.keys(file.terms));

  function expression(source: string, path: Path): Expr {
    let expr: Expr;
    try {
      expr = parseExpression(source);
    } catch (error) {
      issues.add(path, (error as Error).message);
      return NOTHING;
    }
    const refs = references(expr);
    for (const name of refs.names) {
      if (usable.has(name)) continue;
      issues.add(
        path,
        measureNames.has(name) ? `measure "${name}" is used before it is defined` : `unknown name "${name}"`,
      );
    }
    for (const { term, option } of refs.options) {
      const known = options[term];
      if (!known) issues.add(path, `unknown term "${term}" in ${term}:${option}`);
      else if (!(option in known)) issues.add(path, `"${term}" has no option "${option}"`);
    }
    return expr;
  }

  function template(source: string, path: Path): Template {
    try {
      const parsed = parseTemplate(source);
      for (const ref of placeholders(parsed)) {
        if (!phraseNames.has(ref) && !(ref in options))
          issues.add(path, `unknown placeholder {${ref}}: not a phrase or a term`);
      }
      return parsed;
    } catch (error) {
      issues.add(path, (error as Error).message);
      return [];
    }
  }

  /** First matching case wins, so only the last may leave out its condition. */
  function cases(list: readonly { when?: string | undefined; text: string }[], path: Path, label: string): Case[] {
    return list.map((c, i) => {
      if (c.when === undefined && i < list.length - 1)
        issues.add([...path, i, "when"], `only the last ${label} may leave out "when"`);
      return {
        when: c.when === undefined ? null : expression(c.when, [...path, i, "when"]),
        text: template(c.text, [...path, i, "text"]),
      };
    });
  }

  const measures = Object.entries(file.measures).map(([name, source]) => {
    const path = ["measures", name];
    if (name in options) issues.add(path, `"${name}" is already the name of a term`);
    if (RESERVED_WORDS.has(name)) issues.add(path, `"${name}" is a reserved word`);
    const expr = expression(source, path);
    usable.add(name);
    return { name, expr };
  });

  function phrase(name: string, spec: PhraseSpec): Phrase {
    const path = ["phrases", name];
    if (name in options) issues.add(path, `"${name}" is already the name of a term, so {${name}} would be ambiguous`);
    const forms = [
      spec.options !== undefined || spec.term !== undefined,
      spec.cases !== undefined,
      spec.list !== undefined,
    ];
    if (forms.filter(Boolean).length !== 1)
      issues.add(path, `give exactly one of "term" with "options", "cases" or "list"`);
    if (spec.list === undefined && (spec.conjunction !== undefined || spec.empty !== undefined)) {
      issues.add(path, `"conjunction" and "empty" belong to a list`);
    }
    if (spec.cases) return { kind: "cases", cases: cases(spec.cases, [...path, "cases"], "case") };
    if (spec.list) {
      const items = spec.list.map((item, i) => ({
        when: item.when === undefined ? null : expression(item.when, [...path, "list", i, "when"]),
        text: template(item.text, [...path, "list", i, "text"]),
      }));
      return { kind: "list", items, conjunction: spec.conjunction ?? "and", empty: spec.empty ?? "" };
    }
    const term = spec.term ?? "";
    if (spec.term === undefined) issues.add(path, `"options" needs the "term" they belong to`);
    else if (!(term in options)) issues.add([...path, "term"], `unknown term "${term}"`);
    if (spec.options === undefined) issues.add(path, `"term" needs "options": a text for each option`);
    const texts = Object.entries(spec.options ?? {}).map(([option, text]) => {
      const known = options[term];
      if (known && !(option in known)) issues.add([...path, "options", option], `"${term}" has no option "${option}"`);
      return [option, template(text, [...path, "options", option])] as const;
    });
    return { kind: "options", term, options: Object.fromEntries(texts) };
  }

  const phrases = Object.fromEntries(Object.entries(file.phrases).map(([name, spec]) => [name, phrase(name, spec)]));
  const cyclic = checkPhraseCycles(phrases, issues);
  const longest = longestText(phrases, options);

  const criteria = file.criteria.map((criterion, i) => {
    const path = ["criteria", i];
    const explanations = cases(criterion.explanations, [...path, "explanations"], "explanation");
    if (criterion.explanations.at(-1)?.when !== undefined) {
      issues.add(
        [...path, "explanations"],
        `the last explanation must have no "when", so that every deal is explained`,
      );
    }
    explanations.forEach((explanation, j) => {
      const most = cyclic ? 0 : longest(explanation.text); // a cycle is reported once, above
      if (most > MAX_EXPLANATION)
        issues.add(
          [...path, "explanations", j, "text"],
          `can grow to ${most.toLocaleString("en")} characters with its phrases; keep it under ${MAX_EXPLANATION.toLocaleString("en")}`,
        );
    });
    return { score: expression(criterion.score, [...path, "score"]), explanations };
  });

  return { measures, phrases, criteria, options };
}

function phraseRefs(phrase: Phrase): string[] {
  const templates =
    phrase.kind === "options"
      ? Object.values(phrase.options)
      : (phrase.kind === "cases" ? phrase.cases : phrase.items).map((c) => c.text);
  return templates.flatMap(placeholders);
}

/** A phrase that includes itself, directly or not, would never finish rendering. */
function checkPhraseCycles(phrases: Readonly<Record<string, Phrase>>, issues: Issues): boolean {
  let found = false;
  const done = new Set<string>();
  const visit = (name: string, trail: string[]): void => {
    if (done.has(name)) return;
    const phrase = phrases[name];
    if (!phrase) return;
    if (trail.includes(name)) {
      const cycle = [...trail.slice(trail.indexOf(name)), name];
      issues.add(["phrases", name], `includes itself: ${cycle.map((n) => `{${n}}`).join(" → ")}`);
      found = true;
      return;
    }
    for (const ref of phraseRefs(phrase)) visit(ref, [...trail, name]);
    done.add(name);
  };
  for (const name of Object.keys(phrases)) visit(name, []);
  return found;
}

// A phrase may use others, and each may be used many times: a hostile file could make one
// explanation grow exponentially. Every explanation is bounded before the scenario is accepted.
const MAX_EXPLANATION = 4000;

/** The longest text a template can render to (Infinity through a cycle, which is reported apart). */
function longestText(phrases: Readonly<Record<string, Phrase>>, options: Program["options"]) {
  const memo = new Map<string, number>();
  const ofTemplate = (template: Template): number =>
    template.reduce<number>((sum, part) => sum + (typeof part === "string" ? part.length : ofName(part.ref)), 0);
  const ofName = (name: string): number => {
    const known = memo.get(name);
    if (known !== undefined) return known;
    const phrase = phrases[name];
    if (!phrase) return Math.max(0, ...Object.values(options[name] ?? {}).map((o) => o.label.length));
    memo.set(name, Infinity);
    const length =
      phrase.kind === "options"
        ? Math.max(0, ...Object.values(phrase.options).map(ofTemplate))
        : phrase.kind === "cases"
          ? Math.max(0, ...phrase.cases.map((c) => ofTemplate(c.text)))
          : Math.max(
              phrase.empty.length,
              phrase.items.reduce((sum, c) => sum + ofTemplate(c.text) + phrase.conjunction.length + 2, 0),
            );
    memo.set(name, length);
    return length;
  };
  return ofTemplate;
}
