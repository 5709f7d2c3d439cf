import type { Delegation, SummitEvent } from "@/lib/domain/events";
import { formatTime } from "@/lib/format/time";
import { describeEvent } from "@/lib/report/describe";
import { channelLabel } from "@/lib/domain/channels";
import { DelegationBadge } from "@/components/room/delegation-badge";

const SAID = new Set<SummitEvent["kind"]>(["message", "announcement", "position"]);

/**
 * A transcript that reads like the conversation it was, on a phone: who said what, where and
 * when; phase changes as dividers; deals and moves as short notes.
 */
export function Conversation({
  events,
  viewer,
  timeZone,
  names,
}: {
  events: SummitEvent[];
  viewer: Delegation | null;
  timeZone: string;
  names: Record<string, string>;
}) {
  return (
    <ol className="space-y-2" aria-label="Transcript">
      {events.map((event) => {
        const time = (
          <time dateTime={event.at} className="text-xs text-slate-500">
            {formatTime(event.at, timeZone)}
          </time>
        );
        if (event.kind === "phase") {
          return (
            <li key={event.seq} className="flex items-center gap-2 py-1 text-sm text-slate-600">
              <span aria-hidden="true" className="h-px flex-1 bg-slate-300" />
              <span>
                {describeEvent(event, names)} · {time}
              </span>
              <span aria-hidden="true" className="h-px flex-1 bg-slate-300" />
            </li>
          );
        }
        const author = event.author ? ("name" in event.author ? event.author.name : "Teacher") : "Summit";
        return (
          <li
            key={event.seq}
            className={`rounded-lg border p-2 ${SAID.has(event.kind) ? "border-slate-200 bg-white" : "border-dashed border-slate-300 bg-slate-50"}`}
          >
            <p className="flex flex-wrap items-center gap-x-2 gap-y-0.5 text-sm">
              <span className="font-semibold">{author}</span>
              {event.delegation ? <DelegationBadge delegation={event.delegation} /> : null}
              <span className="text-slate-600">{channelLabel(event.channel, names, viewer)}</span>
              {time}
            </p>
            <p className="mt-0.5 break-words whitespace-pre-wrap">{describeEvent(event, names)}</p>
          </li>
        );
      })}
    </ol>
  );
}
