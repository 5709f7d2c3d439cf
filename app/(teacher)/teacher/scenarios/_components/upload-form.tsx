"use client";

import { useActionState, useState } from "react";
import { MAX_UPLOAD_BYTES } from "@/lib/scenario/upload";
import { Button } from "@/components/ui/button";
import { uploadScenarioAction, type UploadState } from "../actions";

const input = "mt-1 block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-base";

/** Uploads a scenario file (and its article); every problem in the file is listed, each with its field. */
export function UploadForm() {
  const [state, action, pending] = useActionState<UploadState, FormData>(uploadScenarioAction, {});
  // A file too big to send is named here, before the upload: the server would refuse the request whole.
  const [tooBig, setTooBig] = useState<string | null>(null);
  const problems = tooBig ? [tooBig] : (state.problems ?? []);
  return (
    <form
      action={action}
      className="space-y-4"
      aria-describedby={problems.length ? "upload-problems" : undefined}
      onSubmit={(event) => {
        const files = ["file", "article"].map((name) => event.currentTarget.elements.namedItem(name));
        const big = files
          .flatMap((input) => (input instanceof HTMLInputElement ? [...(input.files ?? [])] : []))
          .find((file) => file.size > MAX_UPLOAD_BYTES);
        setTooBig(
          big
            ? `${big.name} is ${Math.ceil(big.size / 1024)} KB; at most ${MAX_UPLOAD_BYTES / 1024} KB is accepted.`
            : null,
        );
        if (big) event.preventDefault();
      }}
    >
      <div>
        <label htmlFor="scenario-file" className="block text-sm font-medium text-slate-800">
          Scenario file (.json)
        </label>
        <input
          id="scenario-file"
          name="file"
          type="file"
          accept=".json,application/json"
          required
          className={input}
          aria-invalid={state.fields?.file ? true : undefined}
        />
        {state.fields?.file ? <p className="mt-1 text-sm font-medium text-red-700">{state.fields.file}</p> : null}
      </div>
      <div>
        <label htmlFor="article-file" className="block text-sm font-medium text-slate-800">
          Article (.txt, optional)
        </label>
        <input id="article-file" name="article" type="file" accept=".txt,text/plain" className={input} />
        <p className="mt-1 text-sm text-slate-600">
          The text the criteria quote, paragraphs separated by a blank line. Leave it out if the file has its own
          &ldquo;editorial&rdquo;.
        </p>
      </div>
      {problems.length > 0 ? (
        <div id="upload-problems" role="alert" className="rounded-md border border-red-300 bg-red-50 p-3 text-red-900">
          <p className="font-semibold">
            The scenario was not saved: {problems.length === 1 ? "1 problem" : `${problems.length} problems`} to fix.
          </p>
          <ul className="mt-2 list-disc space-y-1 pl-5 font-mono text-sm break-words" aria-label="Problems in the file">
            {problems.map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <Button type="submit" disabled={pending}>
        {pending ? "Checking…" : "Check and save"}
      </Button>
    </form>
  );
}
