"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { DEFAULT_MINUTES, PHASE_LABELS, TIMED_PHASES } from "@/lib/domain/phases";
import { createSessionAction, type CreateSessionState } from "../actions";
import type { ScenarioChoice } from "@/lib/repositories/scenarios";
import Link from "next/link";

const FIELD_FOR_PHASE = {
  reading: "readingMinutes",
  opening: "openingMinutes",
  negotiation: "negotiationMinutes",
  final_proposals: "finalMinutes",
  signing: "signingMinutes",
} as const;

const selectClass = "mt-1 block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-base";

export function CreateSessionForm({ scenarios, chosen }: { scenarios: ScenarioChoice[]; chosen?: string | undefined }) {
  const [state, action, pending] = useActionState<CreateSessionState, FormData>(createSessionAction, {});
  const error = (name: string) => state.fields?.[name];
  return (
    <form action={action} noValidate className="space-y-4">
      <Field label="Title" name="title" required placeholder="Period 3 — negotiation" error={error("title")} />
      <div>
        <label htmlFor="scenario" className="block text-sm font-medium text-slate-800">
          Scenario
        </label>
        <select
          id="scenario"
          name="scenarioId"
          defaultValue={chosen}
          className={selectClass}
          aria-describedby="scenario-hint"
          aria-invalid={error("scenarioId") ? true : undefined}
        >
          {scenarios.map((s) => (
            <option key={s.id} value={s.id}>
              {s.title}
              {s.uploaded ? " (yours)" : ""} · {s.roles} delegations
            </option>
          ))}
        </select>
        <p id="scenario-hint" className="mt-1 text-sm text-slate-600">
          {error("scenarioId") ? (
            <span className="font-medium text-red-700">{error("scenarioId")}</span>
          ) : (
            <>
              Or{" "}
              <Link href="/teacher/scenarios" className="font-medium text-blue-700 underline">
                add your own scenario
              </Link>
              .
            </>
          )}
        </p>
      </div>
      <Field
        label="Tables"
        name="tableCount"
        type="number"
        inputMode="numeric"
        min={1}
        max={20}
        defaultValue={1}
        hint="You can change this in the lobby; Summit suggests a split from the roster."
        error={error("tableCount")}
      />
      <div>
        <label htmlFor="assignment" className="block text-sm font-medium text-slate-800">
          Seating
        </label>
        <select id="assignment" name="assignmentMode" className={selectClass} defaultValue="auto">
          <option value="auto">Balanced automatically</option>
          <option value="teacher">Balanced, and I move students myself</option>
          <option value="choice">Students choose (up to 4 per delegation)</option>
        </select>
      </div>
      <fieldset className="space-y-2">
        <legend className="text-sm font-medium text-slate-800">Minutes per phase (0 skips a phase)</legend>
        <div className="grid grid-cols-2 gap-3">
          {TIMED_PHASES.map((phase) => (
            <Field
              key={phase}
              label={PHASE_LABELS[phase]}
              name={FIELD_FOR_PHASE[phase]}
              type="number"
              inputMode="numeric"
              min={phase === "negotiation" ? 1 : 0}
              max={180}
              defaultValue={DEFAULT_MINUTES[phase]}
              error={error(FIELD_FOR_PHASE[phase])}
            />
          ))}
        </div>
      </fieldset>
      <details>
        <summary className="cursor-pointer text-sm font-medium text-blue-700">Add the article (optional)</summary>
        <div className="mt-3 space-y-3">
          <Field
            label="Link to the article"
            name="articleUrl"
            type="url"
            placeholder="https://…"
            error={error("articleUrl")}
          />
          <div>
            <label htmlFor="article-text" className="block text-sm font-medium text-slate-800">
              Article text
            </label>
            <textarea
              id="article-text"
              name="articleText"
              rows={5}
              className={selectClass}
              aria-describedby={error("articleText") ? "article-text-error" : undefined}
            />
            {error("articleText") ? (
              <p id="article-text-error" className="mt-1 text-sm text-red-700">
                {error("articleText")}
              </p>
            ) : null}
          </div>
        </div>
      </details>
      <Button type="submit" disabled={pending}>
        {pending ? "Creating…" : "Create session"}
      </Button>
    </form>
  );
}
