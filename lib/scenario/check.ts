// Cross-references the scoring rules do not cover: options, roles and their briefs and payoffs,
// criteria, quotes, red lines and example deals.
import { RESERVED_WORDS } from "./expression";
import type { Issues, Path } from "./issues";
import type { OptionValue, ScenarioFile } from "./schema";

type Terms = ScenarioFile["terms"];

function checkOption(
  terms: Terms,
  term: string,
  value: OptionValue,
  termPath: Path,
  optionPath: Path,
  issues: Issues,
): void {
  const definition = terms[term];
  if (!definition) issues.add(termPath, `unknown term "${term}"`);
  else if (!definition.options.some((o) => String(o.value) === String(value))) {
    issues.add(optionPath, `"${term}" has no option ${JSON.stringify(value)}`);
  }
}

function checkTerms(terms: Terms, issues: Issues): void {
  if (Object.keys(terms).length === 0) issues.add(["terms"], "a scenario needs at least one term");
  for (const [key, term] of Object.entries(terms)) {
    if (RESERVED_WORDS.has(key)) issues.add(["terms", key], `"${key}" is a reserved word`);
    const seen = new Set<string>();
    term.options.forEach((option, i) => {
      const path = ["terms", key, "options", i];
      if (seen.has(String(option.value)))
        issues.add([...path, "value"], `duplicate option ${JSON.stringify(option.value)}`);
      seen.add(String(option.value));
      const previous = term.options[i - 1];
      if (previous && option.strength <= previous.strength) {
        issues.add(
          [...path, "strength"],
          `must be above the previous option's ${previous.strength}: options go weakest first`,
        );
      }
    });
  }
}

function unique(ids: readonly string[], path: (i: number) => Path, what: string, issues: Issues): void {
  ids.forEach((id, i) => {
    if (ids.indexOf(id) !== i) issues.add(path(i), `duplicate ${what} "${id}"`);
  });
}

/** Every role has exactly one brief and one payoff table, each naming real terms and options. */
function checkRoles(file: ScenarioFile, issues: Issues): void {
  const roles = file.roles.map((role) => role.id);
  unique(roles, (i) => ["roles", i, "id"], "role", issues);
  for (const field of ["briefs", "payoffs"] as const) {
    for (const role of roles)
      if (!(role in file[field]))
        issues.add([field], `no ${field === "briefs" ? "brief" : "payoff table"} for role "${role}"`);
    for (const role of Object.keys(file[field]))
      if (!roles.includes(role)) issues.add([field, role], `unknown role "${role}"`);
  }
  for (const [role, table] of Object.entries(file.payoffs)) {
    for (const [term, points] of Object.entries(table)) {
      if (!file.terms[term]) {
        issues.add(["payoffs", role, term], `unknown term "${term}"`);
        continue;
      }
      for (const option of Object.keys(points))
        checkOption(file.terms, term, option, ["payoffs", role, term], ["payoffs", role, term, option], issues);
    }
  }
}

function checkQuotes(file: ScenarioFile, editorial: string, issues: Issues): void {
  const check = (quote: string, path: Path) => {
    if (!editorial.includes(quote)) issues.add(path, "not found in the editorial");
  };
  file.criteria.forEach((criterion, i) => check(criterion.quote, ["criteria", i, "quote"]));
  file.reading.quotes.forEach((quote, i) => check(quote, ["reading", "quotes", i]));
  if (file.walkAwayQuote !== undefined) check(file.walkAwayQuote, ["walkAwayQuote"]);
}

function checkDeals(file: ScenarioFile, issues: Issues): void {
  unique(
    file.redLines.map((line) => line.id),
    (i) => ["redLines", i, "id"],
    "red line",
    issues,
  );
  file.redLines.forEach((line, i) => {
    const path = ["redLines", i, "when"];
    if (Object.keys(line.when).length === 0)
      issues.add(path, "name at least one term, or every deal would cross the line");
    for (const [term, values] of Object.entries(line.when)) {
      values.forEach((value, j) => checkOption(file.terms, term, value, [...path, term], [...path, term, j], issues));
    }
  });
  for (const [id, example] of Object.entries(file.examples)) {
    for (const [term, value] of Object.entries(example.terms)) {
      const path = ["examples", id, "terms", term];
      checkOption(file.terms, term, value, path, path, issues);
    }
  }
}

/** `editorial` is null when it could not be read; that problem is reported where it was read. */
export function checkScenario(file: ScenarioFile, editorial: string | null, issues: Issues): void {
  checkTerms(file.terms, issues);
  checkRoles(file, issues);
  unique(
    file.criteria.map((c) => c.id),
    (i) => ["criteria", i, "id"],
    "criterion",
    issues,
  );
  if (file.criteria.every((c) => c.defaultWeight === 0))
    issues.add(["criteria"], "the default weights must not all be zero");
  if (editorial !== null) checkQuotes(file, editorial, issues);
  checkDeals(file, issues);
}
