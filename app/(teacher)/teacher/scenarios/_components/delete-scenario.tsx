"use client";

import { ConfirmButton } from "@/components/ui/confirm-button";
import { RequestMessage, useRequest } from "@/components/ui/use-request";
import { deleteScenarioAction } from "../actions";

export function DeleteScenario({ id, title }: { id: string; title: string }) {
  const request = useRequest();
  return (
    <div>
      <ConfirmButton
        label="Delete"
        question={`Delete “${title}”?`}
        detail="It leaves your list of scenarios for good. A scenario that one of your sessions runs on cannot be deleted until that session is."
        confirmLabel="Delete the scenario"
        disabled={request.pending}
        className="min-h-11 rounded-md border border-slate-300 bg-white px-4 font-semibold text-red-800 hover:bg-red-50"
        onConfirm={() => void request.run(async () => (await deleteScenarioAction(id)).error ?? null)}
      />
      <RequestMessage message={request.message} />
    </div>
  );
}
