"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { joinAction, type JoinState } from "../actions";

export type SeatOption = { value: string; label: string; unavailable: string | null };

export function NameForm({ code, seats }: { code: string; seats: SeatOption[] | null }) {
  const [state, action, pending] = useActionState<JoinState, FormData>(joinAction, {});
  return (
    <form action={action} noValidate className="mt-6 space-y-4">
      <input type="hidden" name="code" value={code} />
      <Field
        label="Your name"
        name="name"
        autoComplete="nickname"
        maxLength={40}
        required
        hint="Shown to your table and your teacher. Up to 40 characters."
        defaultValue={state.name}
        error={state.error}
      />
      {seats ? (
        <fieldset>
          <legend className="text-sm font-medium text-slate-800">Choose your delegation</legend>
          <div className="mt-2 space-y-1">
            {seats.map((seat) => (
              <label
                key={seat.value}
                className={`flex min-h-11 items-center gap-2 ${seat.unavailable ? "text-slate-500" : ""}`}
              >
                <input
                  type="radio"
                  name="seat"
                  value={seat.value}
                  disabled={seat.unavailable !== null}
                  required
                  className="h-5 w-5"
                />
                {seat.label}
                {seat.unavailable ? <span className="text-sm">({seat.unavailable})</span> : null}
              </label>
            ))}
          </div>
        </fieldset>
      ) : null}
      <Button type="submit" disabled={pending}>
        {pending ? "Joining…" : "Join"}
      </Button>
    </form>
  );
}
