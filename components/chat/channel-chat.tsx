"use client";

import { useEffect, useMemo, useRef, useState } from "react";
import type { Reply, SummitEvent } from "@/lib/realtime/events";
import { authorName, type MessageEvent } from "@/lib/session/room";
import { DelegationBadge } from "@/components/room/delegation-badge";

export type ChannelOption = {
  /** The stored channel name events carry. */
  key: string;
  label: string;
  /** What to add to chat:send to post here, or null when this viewer only reads it. */
  target: Record<string, unknown> | null;
  /** Why posting here is closed right now, or null. */
  closedReason: string | null;
};

type Props = {
  channels: ChannelOption[];
  messages: MessageEvent[];
  pendingTexts: { channel: string; text: string }[];
  onSend: (target: Record<string, unknown>, text: string) => Promise<Reply<SummitEvent>>;
  heading?: string;
};

/** Channels as a row of switches with unread counts, the selected channel's log, and a composer. */
export function ChannelChat({ channels, messages, pendingTexts, onSend, heading = "Talk" }: Props) {
  const [active, setActive] = useState(channels[0]?.key ?? "floor");
  const [readUpTo, setReadUpTo] = useState<Record<string, number>>({});
  const [draft, setDraft] = useState("");
  const [error, setError] = useState<string>();
  const list = useRef<HTMLDivElement>(null);
  const channel = channels.find((c) => c.key === active) ?? channels[0];
  const shown = useMemo(() => messages.filter((m) => m.channel === channel?.key), [messages, channel?.key]);
  const lastSeq = shown.at(-1)?.seq ?? 0;

  // The open channel counts as read: remember up to where, so other channels show what is new.
  if (channel && (readUpTo[channel.key] ?? 0) < lastSeq) setReadUpTo({ ...readUpTo, [channel.key]: lastSeq });
  useEffect(() => {
    list.current?.scrollTo({ top: list.current.scrollHeight });
  }, [channel?.key, lastSeq]);

  if (!channel) return null;
  const unread = (key: string) => messages.filter((m) => m.channel === key && m.seq > (readUpTo[key] ?? 0)).length;
  const pendingHere = pendingTexts.filter((p) => p.channel === channel.key);

  return (
    <section aria-labelledby="chat-heading" className="flex flex-col rounded-lg border border-slate-200 bg-white">
      <h2 id="chat-heading" className="px-4 pt-3 text-lg font-semibold">{heading}</h2>
      <div role="group" aria-label="Channels" className="flex gap-2 overflow-x-auto px-4 py-2">
        {channels.map((option) => {
          const count = option.key === channel.key ? 0 : unread(option.key);
          return (
            <button
              key={option.key}
              type="button"
              aria-pressed={option.key === channel.key}
              onClick={() => setActive(option.key)}
              className="shrink-0 rounded-full border border-slate-300 px-3 py-1 text-sm aria-pressed:border-blue-700 aria-pressed:bg-blue-700 aria-pressed:text-white"
            >
              {option.label}
              {count > 0 ? " " : null}
              {count > 0 ? <span className="ml-1 rounded-full bg-red-600 px-1.5 text-xs font-bold text-white">{count}<span className="sr-only"> unread</span></span> : null}
            </button>
          );
        })}
      </div>
      <div ref={list} role="log" aria-label={`Messages: ${channel.label}`} className="max-h-96 min-h-40 overflow-y-auto border-t border-slate-200 p-4">
      <ol className="space-y-3">
        {shown.length === 0 && pendingHere.length === 0 ? <li className="text-slate-500">No messages yet.</li> : null}
        {shown.map((message) => (
          <li key={message.seq}>
            <p className="flex flex-wrap items-center gap-2 text-sm text-slate-600">
              <span className="font-semibold text-slate-900">{authorName(message)}</span>
              {message.delegation ? <DelegationBadge delegation={message.delegation} /> : null}
              <time dateTime={message.at}>{new Date(message.at).toLocaleTimeString([], { hour: "2-digit", minute: "2-digit" })}</time>
            </p>
            <p className="break-words whitespace-pre-wrap">{message.payload.text}</p>
          </li>
        ))}
        {pendingHere.map((item, index) => (
          <li key={`pending-${index}`} className="text-slate-500">
            <p className="text-sm">Waiting to send…</p>
            <p className="break-words whitespace-pre-wrap">{item.text}</p>
          </li>
        ))}
      </ol>
      </div>
      {channel.target ? (
        <form
          className="flex gap-2 border-t border-slate-200 p-3"
          onSubmit={async (event) => {
            event.preventDefault();
            const text = draft.trim();
            if (!text || !channel.target) return setError("Type a message first.");
            setDraft("");
            setError(undefined);
            const reply = await onSend(channel.target, text);
            if ("error" in reply) {
              setError(reply.error);
              setDraft(text);
            }
          }}
        >
          <label htmlFor="chat-message" className="sr-only">Message to {channel.label}</label>
          <input
            id="chat-message"
            value={draft}
            onChange={(event) => setDraft(event.target.value)}
            disabled={channel.closedReason !== null}
            maxLength={2000}
            autoComplete="off"
            placeholder={channel.closedReason ?? `Message ${channel.label}…`}
            aria-describedby={error ? "chat-error" : undefined}
            className="min-w-0 flex-1 rounded-md border border-slate-300 px-3 py-2 text-base disabled:bg-slate-100"
          />
          <button type="submit" disabled={channel.closedReason !== null} className="min-h-11 rounded-md bg-blue-700 px-4 font-semibold text-white disabled:bg-slate-400">Send</button>
        </form>
      ) : null}
      {error ? <p id="chat-error" role="alert" className="px-3 pb-3 text-sm text-red-700">{error}</p> : null}
    </section>
  );
}
