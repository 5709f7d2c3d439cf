"use client";

import { useEffect, useRef, useState } from "react";
import type { Reply, SummitEvent } from "@/lib/realtime/events";
import type { Room } from "@/lib/session/room";
import { DelegationBadge } from "@/components/room/delegation-badge";

type Props = {
  messages: Room["messages"];
  /** Why the floor is closed, or null when this person may speak. */
  closedReason: string | null;
  onSend?: (text: string) => Promise<Reply<SummitEvent>>;
};

export function FloorChat({ messages, closedReason, onSend }: Props) {
  const [draft, setDraft] = useState("");
  const [pending, setPending] = useState<string[]>([]);
  const [error, setError] = useState<string>();
  const list = useRef<HTMLOListElement>(null);

  useEffect(() => {
    list.current?.scrollTo({ top: list.current.scrollHeight });
  }, [messages.length, pending.length]);

  return (
    <section aria-labelledby="floor-heading" className="flex flex-col rounded-lg border border-slate-200 bg-white">
      <h2 id="floor-heading" className="border-b border-slate-200 px-4 py-2 text-lg font-semibold">
        The floor
      </h2>
      <ol ref={list} role="log" aria-label="Messages on the floor" className="max-h-96 min-h-40 space-y-3 overflow-y-auto p-4">
        {messages.length === 0 && pending.length === 0 ? <li className="text-slate-500">No messages yet.</li> : null}
        {messages.map((message) => (
          <li key={message.seq}>
            <p className="flex flex-wrap items-center gap-2 text-sm text-slate-600">
              <span className="font-semibold text-slate-900">{message.author && "name" in message.author ? message.author.name : "Teacher"}</span>
              {message.delegation ? <DelegationBadge delegation={message.delegation} /> : null}
              <time dateTime={message.at}>{new Date(message.at).toLocaleTimeString([], { hour: "2-digit", minute: "2-digit" })}</time>
            </p>
            <p className="break-words whitespace-pre-wrap">{message.payload.text}</p>
          </li>
        ))}
        {pending.map((text, index) => (
          <li key={`pending-${index}`} className="text-slate-500" aria-hidden="true">
            <p className="text-sm">Sending…</p>
            <p className="break-words whitespace-pre-wrap">{text}</p>
          </li>
        ))}
      </ol>
      {onSend ? (
        <form
          className="flex gap-2 border-t border-slate-200 p-3"
          onSubmit={async (event) => {
            event.preventDefault();
            const text = draft.trim();
            if (!text) return setError("Type a message first.");
            setDraft("");
            setError(undefined);
            setPending((current) => [...current, text]);
            const reply = await onSend(text);
            setPending((current) => current.filter((t, i) => i !== current.indexOf(text)));
            if ("error" in reply) {
              setError(reply.error);
              setDraft(text);
            }
          }}
        >
          <label htmlFor="floor-message" className="sr-only">
            Message to the floor
          </label>
          <input
            id="floor-message"
            value={draft}
            onChange={(event) => setDraft(event.target.value)}
            disabled={closedReason !== null}
            maxLength={2000}
            autoComplete="off"
            placeholder={closedReason ?? "Speak to the table…"}
            aria-describedby={error ? "floor-error" : undefined}
            className="min-w-0 flex-1 rounded-md border border-slate-300 px-3 py-2 text-base disabled:bg-slate-100"
          />
          <button type="submit" disabled={closedReason !== null} className="min-h-11 rounded-md bg-blue-700 px-4 font-semibold text-white disabled:bg-slate-400">
            Send
          </button>
        </form>
      ) : null}
      {error ? (
        <p id="floor-error" role="alert" className="px-3 pb-3 text-sm text-red-700">
          {error}
        </p>
      ) : null}
    </section>
  );
}
