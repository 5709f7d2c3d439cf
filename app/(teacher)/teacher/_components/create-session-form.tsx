"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { createSessionAction, type CreateSessionState } from "../actions";

export function CreateSessionForm() {
  const [state, action, pending] = useActionState<CreateSessionState, FormData>(createSessionAction, {});
  return (
    <form action={action} noValidate className="space-y-4">
      <Field label="Title" name="title" required placeholder="Period 3 — Hanoi summit" error={state.fields?.title} />
      <div>
        <label htmlFor="scenario" className="block text-sm font-medium text-slate-800">
          Scenario
        </label>
        <select id="scenario" name="scenarioId" className="mt-1 block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-base">
          <option value="hanoi-2019">The Hanoi summit, 2019 (US, DPRK, China)</option>
        </select>
      </div>
      <Field
        label="Negotiation time (minutes)"
        name="negotiationMinutes"
        type="number"
        inputMode="numeric"
        min={1}
        max={180}
        defaultValue={20}
        required
        error={state.fields?.negotiationMinutes}
      />
      <Button type="submit" disabled={pending}>
        {pending ? "Creating…" : "Create session"}
      </Button>
    </form>
  );
}
