"use client";

import { useEffect, useState } from "react";
import type { Snapshot } from "@/lib/domain/events";
import { debriefColumns, type DebriefColumn } from "@/lib/report/debrief";
import { editorialView } from "@/lib/scoring/teach";
import type { PublicScenario } from "@/lib/scenario/public";
import { useRoles, useScoringScenario } from "@/components/scenario/scenario-context";

type Slide = { key: string; title: string; body: React.ReactNode };

/** Criteria on which the tables ended furthest apart come first: they make the best questions. */
function byDisagreement(columns: DebriefColumn[]) {
  const criteria = columns[0]?.score.criteria ?? [];
  return criteria
    .map((criterion, index) => {
      const scores = columns.map((c) => c.score.criteria[index]?.score ?? 0);
      return { criterion, scores, spread: Math.max(...scores) - Math.min(...scores) };
    })
    .sort((a, b) => b.spread - a.spread);
}

/** "The 1978 Accords against walking away": the reference deals' titles, for the slide that compares them. */
function againstWalkingAway(references: DebriefColumn[]): string {
  const named = references.filter((c) => c.kind === "reference").map((c) => c.title);
  return named.length > 0 ? `${named.join(" and ")} against walking away` : "Walking away";
}

/**
 * The debrief at projector scale: each table against the scenario's reference deals and walking away, then
 * questions for the class drawn from the editorial's criteria. Arrow keys or the buttons move on.
 */
export function DebriefSlides({ title, snapshot }: { title: string; snapshot: Omit<Snapshot, "events"> }) {
  const scenario = useScoringScenario();
  if (!scenario)
    return (
      <p role="status" className="p-10 text-3xl">
        Preparing the debrief…
      </p>
    );
  return <Slides title={title} snapshot={snapshot} scenario={scenario} />;
}

function Slides({
  title,
  snapshot,
  scenario,
}: {
  title: string;
  snapshot: Omit<Snapshot, "events">;
  scenario: PublicScenario;
}) {
  const { names } = useRoles();
  const payoffs = Object.fromEntries(Object.entries(snapshot.briefs).flatMap(([d, b]) => (b ? [[d, b.payoffs]] : [])));
  const { columns, summaries, known } = debriefColumns(
    scenario,
    snapshot.debrief,
    payoffs,
    snapshot.session.weights ?? undefined,
  );
  const tables = columns.filter((c) => c.kind === "table");
  const references = columns.filter((c) => c.kind !== "table");
  const [index, setIndex] = useState(0);

  const compare = (shown: DebriefColumn[]) => (
    <table className="w-full text-left">
      <caption className="sr-only">Scores and payoffs side by side</caption>
      <thead>
        <tr className="border-b-2 border-slate-300">
          {/* Wide enough for a criterion's title on one line, so the slide fits the screen. */}
          <td className="w-[30%]" />
          {shown.map((c) => (
            <th key={c.key} scope="col" className="px-4 py-2 text-4xl">
              {c.title}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        <tr className="border-b border-slate-200">
          <th scope="row" className="py-2 pr-4 font-semibold">
            Outcome
          </th>
          {shown.map((c) => (
            <td key={c.key} className="px-4 py-2">
              {c.outcome}
            </td>
          ))}
        </tr>
        <tr className="border-b border-slate-200">
          <th scope="row" className="py-2 pr-4 font-semibold">
            Editorial score
          </th>
          {shown.map((c) => (
            <td key={c.key} className="px-4 py-2">
              <strong className="text-5xl tabular-nums">{c.score.total}</strong>{" "}
              <span className={c.score.verdict === "sign" ? "text-green-800" : "text-red-800"}>
                {editorialView(c.score.verdict)}
              </span>
            </td>
          ))}
        </tr>
        {shown[0]?.score.criteria.map((criterion, i) => (
          <tr key={criterion.id} className="border-b border-slate-100">
            <th scope="row" className="py-1 pr-4 font-normal">
              {criterion.title}
            </th>
            {shown.map((c) => {
              const value = c.score.criteria[i]?.score ?? 0;
              return (
                <td key={c.key} className="px-4 py-1 whitespace-nowrap tabular-nums">
                  <span
                    className="inline-block h-5 rounded bg-blue-600 align-middle"
                    style={{ width: `${Math.max(4, value * 2)}px` }}
                    aria-hidden="true"
                  />{" "}
                  {value}
                </td>
              );
            })}
          </tr>
        ))}
        {known.map((d) => (
          <tr key={d} className="border-b border-slate-100">
            <th scope="row" className="py-1 pr-4 font-normal">
              Payoff: {names[d]}
            </th>
            {shown.map((c) => {
              const summary = summaries[columns.indexOf(c)];
              return (
                <td key={c.key} className="px-4 py-1 tabular-nums">
                  {summary ? summary.byDelegation[d] : "—"}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );

  const slides: Slide[] = [
    ...tables.map((table) => ({
      key: table.key,
      title: `${table.title}: ${table.outcome}`,
      body: compare([table, ...references]),
    })),
    ...(tables.length === 0
      ? [{ key: "references", title: againstWalkingAway(references), body: compare(references) }]
      : []),
    ...byDisagreement(columns)
      .slice(0, 4)
      .map(({ criterion, scores }) => ({
        key: `question-${criterion.id}`,
        title: `Discuss: ${criterion.title}`,
        body: (
          <div className="space-y-8">
            <blockquote className="border-l-8 border-slate-300 pl-6 text-4xl italic">
              “{criterion.quote}” <cite className="text-3xl not-italic">— the editorial</cite>
            </blockquote>
            <p className="text-4xl font-semibold">
              Which table did best on {criterion.title.toLowerCase()}, and what did it give up for it? Would the
              editorial&apos;s judgement change your mind?
            </p>
            <ul className="flex flex-wrap gap-x-10 gap-y-2">
              {columns.map((c, i) => (
                <li key={c.key}>
                  {c.title}: <strong className="tabular-nums">{scores[i]}</strong>
                </li>
              ))}
            </ul>
          </div>
        ),
      })),
  ];
  const last = slides.length - 1;
  const slide = slides[Math.min(index, last)];

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (["ArrowRight", "PageDown", " "].includes(e.key)) setIndex((i) => Math.min(last, i + 1));
      if (["ArrowLeft", "PageUp"].includes(e.key)) setIndex((i) => Math.max(0, i - 1));
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [last]);

  if (!slide) return null;
  return (
    // One screen high: the controls stay on the projector, and a slide taller than it scrolls inside.
    <main className="flex h-dvh flex-col bg-white p-10 text-3xl">
      <p className="text-2xl text-slate-600">{title} · Debrief</p>
      <section
        aria-label={`Slide ${index + 1} of ${slides.length}`}
        aria-live="polite"
        className="mt-4 min-h-0 flex-1 overflow-y-auto"
        tabIndex={0}
      >
        <h1 className="mb-8 text-6xl font-bold">{slide.title}</h1>
        {slide.body}
      </section>
      <nav aria-label="Slides" className="mt-6 flex items-center justify-between gap-4">
        <button
          type="button"
          disabled={index === 0}
          onClick={() => setIndex((i) => Math.max(0, i - 1))}
          className="min-h-14 rounded-lg border-2 border-slate-300 px-6 font-semibold disabled:text-slate-400"
        >
          Previous
        </button>
        <span data-testid="slide-number">
          {index + 1} / {slides.length}
        </span>
        <button
          type="button"
          disabled={index === last}
          onClick={() => setIndex((i) => Math.min(last, i + 1))}
          className="min-h-14 rounded-lg bg-blue-700 px-6 font-semibold text-white disabled:bg-slate-400"
        >
          Next
        </button>
      </nav>
    </main>
  );
}
