"use client";

import { memo, useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { SummitEvent } from "@/lib/domain/events";
import type { Reply } from "@/lib/realtime/events";
import { LocalTime } from "@/components/ui/local-time";
import { authorName, type MessageEvent } from "@/lib/domain/room";
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
  /** The viewer's own participant id, so their messages read as "You". */
  self?: string | null;
  /** Up to where each channel was read, when the parent keeps it (so counts survive switching tabs). */
  readUpTo?: Record<string, number>;
  onRead?: (channel: string, seq: number) => void;
};

/** Unread messages per channel after the seq each was read up to. */
export function unreadCounts(
  messages: MessageEvent[],
  readUpTo: Record<string, number>,
  self?: string | null,
): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const m of messages) {
    const mine = m.author && "participantId" in m.author && m.author.participantId === self;
    if (m.channel && !mine && m.seq > (readUpTo[m.channel] ?? 0)) counts[m.channel] = (counts[m.channel] ?? 0) + 1;
  }
  return counts;
}

/**
 * Channels as switches with unread counts, the open channel's messages, and a composer that stays
 * at the bottom of the panel. The panel fills its parent's height; only the messages scroll.
 */
export function ChannelChat({
  channels,
  messages,
  pendingTexts,
  onSend,
  heading = "Talk",
  self = null,
  ...kept
}: Props) {
  const [active, setActive] = useState(channels[0]?.key ?? "floor");
  const [ownReadUpTo, setOwnReadUpTo] = useState<Record<string, number>>({});
  const readUpTo = kept.readUpTo ?? ownReadUpTo;
  const ownOnRead = useCallback((key: string, seq: number) => setOwnReadUpTo((r) => ({ ...r, [key]: seq })), []);
  const onRead = kept.onRead ?? ownOnRead;
  const [draft, setDraft] = useState("");
  const [error, setError] = useState<string>();
  const list = useRef<HTMLDivElement>(null);
  const channel = channels.find((c) => c.key === active) ?? channels[0];
  const shown = useMemo(() => messages.filter((m) => m.channel === channel?.key), [messages, channel?.key]);
  const lastSeq = shown.at(-1)?.seq ?? 0;
  const unread = unreadCounts(messages, readUpTo, self);

  useEffect(() => {
    if (channel && (readUpTo[channel.key] ?? 0) < lastSeq) onRead(channel.key, lastSeq);
  }, [channel, lastSeq, readUpTo, onRead]);
  // The log is reversed, so it opens at its newest message without a script scrolling it (and as
  // the server drew it); after that it follows new messages and a change of channel.
  const opened = useRef(false);
  useEffect(() => {
    if (!opened.current) {
      opened.current = true;
      return;
    }
    list.current?.scrollTo({ top: list.current.scrollHeight });
  }, [channel?.key, lastSeq, pendingTexts.length]);

  if (!channel) return null;
  const pendingHere = pendingTexts.filter((p) => p.channel === channel.key);

  return (
    <section
      aria-label={heading}
      className="flex h-full min-h-0 min-w-0 flex-col rounded-lg border border-slate-200 bg-white"
    >
      <div role="group" aria-label="Channels" className="flex flex-wrap gap-1.5 border-b border-slate-200 p-2">
        {channels.map((option) => {
          const count = option.key === channel.key ? 0 : (unread[option.key] ?? 0);
          return (
            <button
              key={option.key}
              type="button"
              aria-pressed={option.key === channel.key}
              aria-label={count > 0 ? `${option.label}, ${count} unread` : option.label}
              onClick={() => setActive(option.key)}
              className="inline-flex min-h-9 items-center gap-1 rounded-full border border-slate-300 px-3 text-sm aria-pressed:border-blue-700 aria-pressed:bg-blue-700 aria-pressed:text-white"
            >
              {option.label}
              {count > 0 ? (
                <span aria-hidden="true" className="rounded-full bg-red-600 px-1.5 text-xs font-bold text-white">
                  {count}
                </span>
              ) : null}
            </button>
          );
        })}
      </div>
      <div
        ref={list}
        role="log"
        aria-label={`Messages: ${channel.label}`}
        className="relative flex min-h-32 flex-1 flex-col-reverse overflow-y-auto px-3 py-2"
      >
        <ol className="space-y-2">
          {shown.length === 0 && pendingHere.length === 0 ? <li className="text-slate-500">No messages yet.</li> : null}
          <MessageItems messages={shown} self={self} />
          {pendingHere.map((item, index) => (
            <li key={`pending-${index}`} className="ml-6 rounded-lg bg-slate-100 px-2 py-1 text-slate-600">
              <p className="text-xs">Waiting to send…</p>
              <p className="break-words whitespace-pre-wrap">{item.text}</p>
            </li>
          ))}
        </ol>
      </div>
      {channel.target && channel.closedReason ? (
        <p className="border-t border-slate-200 px-3 pt-2 text-sm text-amber-900" data-testid="chat-closed">
          {channel.closedReason}
        </p>
      ) : null}
      {channel.target ? (
        <form
          className={`flex gap-2 p-2 ${channel.closedReason ? "" : "border-t border-slate-200"}`}
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
          <label htmlFor="chat-message" className="sr-only">
            Message to {channel.label}
          </label>
          <input
            id="chat-message"
            value={draft}
            onChange={(event) => setDraft(event.target.value)}
            maxLength={2000}
            autoComplete="off"
            enterKeyHint="send"
            placeholder={`Message ${channel.label}…`}
            aria-describedby={error ? "chat-error" : undefined}
            className="min-w-0 flex-1 rounded-md border border-slate-300 px-3 py-2 text-base"
          />
          <button
            type="submit"
            disabled={channel.closedReason !== null}
            className="min-h-11 rounded-md bg-blue-700 px-4 font-semibold text-white disabled:bg-slate-400"
          >
            Send
          </button>
        </form>
      ) : null}
      {error ? (
        <p id="chat-error" role="alert" className="px-3 pb-2 text-sm text-red-700">
          {error}
        </p>
      ) : null}
    </section>
  );
}

/**
 * The open channel's messages. Kept apart so typing in the composer, or a resync that brings
 * nothing new, does not draw every message again.
 */
const MessageItems = memo(function MessageItems({ messages, self }: { messages: MessageEvent[]; self: string | null }) {
  return messages.map((message) => {
    const mine = message.author && "participantId" in message.author && message.author.participantId === self;
    return (
      // Messages out of view are not laid out: a long talk costs a phone only what it shows.
      <li
        key={message.seq}
        className={`${mine ? "ml-6 rounded-lg bg-blue-50" : "mr-6"} px-2 py-1 [contain-intrinsic-size:auto_3.5rem] [content-visibility:auto]`}
      >
        <p className="flex flex-wrap items-center gap-x-2 text-xs text-slate-600">
          <span className="font-semibold text-slate-900">{mine ? "You" : authorName(message)}</span>
          {message.delegation && !mine ? <DelegationBadge delegation={message.delegation} /> : null}
          <LocalTime at={message.at} />
        </p>
        <p className="break-words whitespace-pre-wrap">{message.payload.text}</p>
      </li>
    );
  });
});
