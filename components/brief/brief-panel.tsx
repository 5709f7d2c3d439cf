"use client";

import type { Delegation, PrivateBrief } from "@/lib/domain/events";

import { useRoles, useScenario } from "@/components/scenario/scenario-context";

type Props = {
  briefs: Partial<Record<Delegation, PrivateBrief>>;
  articleUrl: string | null;
  articleText: string | null;
  open: boolean;
};

/** The public reading, then each private brief and payoff table this viewer may see. */
export function BriefPanel({ briefs, articleUrl, articleText, open }: Props) {
  const { names } = useRoles();
  const scenario = useScenario();
  const READING = scenario.reading;
  const TERMS = scenario.terms;
  return (
    <div className="min-w-0 space-y-3">
      <details open={open} className="rounded-lg border border-slate-200 bg-white p-3">
        <summary className="cursor-pointer text-lg font-semibold">The reading: {READING.title}</summary>
        <article aria-label="The reading" className="mt-3 space-y-2">
          {READING.paragraphs.map((paragraph) => (
            <p key={paragraph.slice(0, 24)}>{paragraph}</p>
          ))}
          <ul className="space-y-1">
            {READING.quotes.map((quote) => (
              <li key={quote}>
                <blockquote className="border-l-4 border-slate-300 pl-3 text-sm text-slate-700 italic">
                  “{quote}” <cite className="not-italic">— {READING.source}</cite>
                </blockquote>
              </li>
            ))}
          </ul>
          {articleUrl ? (
            <p>
              <a href={articleUrl} className="text-blue-700 underline" target="_blank" rel="noreferrer noopener">
                Read the article
              </a>
            </p>
          ) : null}
          {articleText ? (
            <details>
              <summary className="cursor-pointer text-blue-700">The article&apos;s text, from your teacher</summary>
              <p className="mt-2 whitespace-pre-wrap text-sm">{articleText}</p>
            </details>
          ) : null}
        </article>
      </details>
      {(Object.entries(briefs) as [Delegation, PrivateBrief][]).map(([delegation, { brief, payoffs }]) => (
        <section
          key={delegation}
          aria-labelledby={`brief-${delegation}`}
          className="space-y-2 rounded-lg border border-slate-200 bg-white p-3"
          data-testid={`brief-${delegation}`}
        >
          <h2 id={`brief-${delegation}`} className="font-semibold">
            Private brief: {names[delegation]}
          </h2>
          <p className="text-sm text-slate-600">Only your delegation and your teacher see this.</p>
          <h3 className="text-sm font-semibold">You want</h3>
          <ul className="list-disc pl-5">
            {brief.goals.map((g) => (
              <li key={g}>{g}</li>
            ))}
          </ul>
          <h3 className="text-sm font-semibold">Your limits</h3>
          <ul className="list-disc pl-5">
            {brief.limits.map((g) => (
              <li key={g}>{g}</li>
            ))}
          </ul>
          <h3 className="text-sm font-semibold">Ideas</h3>
          <ul className="list-disc pl-5">
            {brief.tactics.map((g) => (
              <li key={g}>{g}</li>
            ))}
          </ul>
          <details>
            <summary className="cursor-pointer text-sm font-semibold text-blue-700">
              Your payoff table (points per option)
            </summary>
            <table className="mt-2 w-full text-left text-sm">
              <caption className="sr-only">Points your delegation scores for each option</caption>
              <tbody>
                {TERMS.map((term) => (
                  <tr key={term.key} className="border-t border-slate-100 align-top">
                    <th scope="row" className="py-1 pr-2 font-medium">
                      {term.label}
                    </th>
                    <td className="py-1">
                      {term.options.map((o) => `${o.label} ${payoffs[term.key]?.[String(o.value)] ?? 0}`).join(" · ")}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </details>
        </section>
      ))}
    </div>
  );
}
