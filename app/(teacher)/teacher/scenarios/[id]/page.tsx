import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { NavLink, Page } from "@/components/ui/page";
import { requireTeacher } from "@/lib/auth/teacher";
import { getDb } from "@/lib/db";
import { usableScenario } from "@/lib/repositories/scenarios";
import { exampleDealOf, weakestDealOf } from "@/lib/scenario/deal";
import { normaliseWeightsFor, scoreDealFor, scoreNoDealFor } from "@/lib/scoring/engine";
import { editorialView } from "@/lib/scoring/teach";
import { payoffSummary } from "@/lib/scoring/payoff";
import { allPayoffsOf } from "@/lib/domain/briefs";
import { DeleteScenario } from "../_components/delete-scenario";

export const metadata: Metadata = { title: "Scenario preview" };

/** What a class will get from an uploaded scenario: roles, briefs, criteria, and how sample deals score. */
export default async function ScenarioPreviewPage({ params }: { params: Promise<{ id: string }> }) {
  const teacher = await requireTeacher();
  const id = (await params).id;
  const scenario = await usableScenario(getDb(), teacher.id, id);
  if (!scenario) notFound();
  const weights = normaliseWeightsFor(scenario, undefined);
  const examples = Object.entries(scenario.examples);
  const samples = [
    ...examples.map(([key, example]) => ({ title: example.title, deal: exampleDealOf(scenario, key) })),
    ...(examples.length === 0 ? [{ title: "Every term at its weakest", deal: weakestDealOf(scenario) }] : []),
  ].map((sample) => ({
    ...sample,
    score: scoreDealFor(scenario, sample.deal),
    payoffs: payoffSummary(allPayoffsOf(scenario), sample.deal).byDelegation,
  }));
  const baseline = scoreNoDealFor(scenario).total;
  return (
    <Page nav={<NavLink href="/teacher/scenarios">Back to your scenarios</NavLink>}>
      <h1 className="text-2xl font-bold">{scenario.title}</h1>
      <p className="mt-1 text-slate-700">
        Checked and saved: it is in your list of scenarios when you create a session. Only you can see it.
      </p>
      <div className="mt-3 flex flex-wrap gap-3">
        <Link
          href={`/teacher?scenario=${encodeURIComponent(scenario.id)}#create-heading`}
          className="inline-flex min-h-11 items-center rounded-md bg-blue-700 px-4 font-semibold text-white"
        >
          Run it in a new session
        </Link>
        <DeleteScenario id={scenario.id} title={scenario.title} />
      </div>

      <section aria-labelledby="roles-heading" className="mt-8">
        <h2 id="roles-heading" className="text-xl font-semibold">
          {scenario.roles.length} delegations and their private briefs
        </h2>
        <div className="mt-2 grid gap-3 md:grid-cols-2">
          {scenario.roles.map((role) => {
            const brief = scenario.briefs[role.id];
            return (
              <article key={role.id} className="rounded-lg border border-slate-200 bg-white p-3">
                <h3 className="font-semibold">{role.name}</h3>
                <p className="mt-1 text-sm text-slate-700">{role.summary}</p>
                {brief
                  ? (["goals", "limits", "tactics"] as const).map((part) => (
                      <div key={part} className="mt-2">
                        <h4 className="text-sm font-semibold capitalize">{part}</h4>
                        <ul className="list-disc pl-5 text-sm">
                          {brief[part].map((line) => (
                            <li key={line}>{line}</li>
                          ))}
                        </ul>
                      </div>
                    ))
                  : null}
              </article>
            );
          })}
        </div>
      </section>

      <section aria-labelledby="criteria-heading" className="mt-8">
        <h2 id="criteria-heading" className="text-xl font-semibold">
          How the article judges a deal
        </h2>
        <ul className="mt-2 space-y-2">
          {scenario.criteria.map((criterion) => (
            <li key={criterion.id} className="rounded-lg border border-slate-200 bg-white p-3">
              <p className="font-semibold">
                {criterion.title}{" "}
                <span className="text-sm font-normal text-slate-600">
                  · weight {Math.round((weights.get(criterion.id) ?? 0) * 100)}%
                </span>
              </p>
              <p className="text-sm text-slate-700">{criterion.description}</p>
              <blockquote className="mt-1 border-l-4 border-slate-300 pl-3 text-sm italic">
                &ldquo;{criterion.quote}&rdquo;
              </blockquote>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="samples-heading" className="mt-8">
        <h2 id="samples-heading" className="text-xl font-semibold">
          Sample deals, scored
        </h2>
        <p className="text-slate-700">Walking away scores {baseline}: a deal must beat it to be worth signing.</p>
        <div className="mt-2 space-y-3">
          {samples.map((sample) => (
            <article
              key={sample.title}
              className="rounded-lg border border-slate-200 bg-white p-3"
              data-testid="sample-deal"
            >
              <h3 className="font-semibold">
                {sample.title}: {sample.score.total} · {editorialView(sample.score.verdict)}
              </h3>
              <p className="text-sm text-slate-700">{sample.score.summary}</p>
              <p className="text-sm text-slate-700">
                Payoffs: {scenario.roles.map((role) => `${role.name} ${sample.payoffs[role.id] ?? 0}`).join(" · ")}
              </p>
              <ul className="mt-1 list-disc pl-5 text-sm">
                {sample.score.criteria.map((c) => (
                  <li key={c.id}>
                    <span className="font-medium">
                      {c.title} {c.score}:
                    </span>{" "}
                    {c.explanation}
                  </li>
                ))}
              </ul>
            </article>
          ))}
        </div>
      </section>
    </Page>
  );
}
