import type { SummitEvent } from "@/lib/domain/events";
import { formatTime } from "@/lib/format/time";
import { describeEvent, KIND_LABELS } from "@/lib/report/describe";
import { channelLabel } from "@/lib/domain/channels";

type Props = {
  events: SummitEvent[];
  tables: { id: string; number: number }[];
  timeZone: string;
  names: Record<string, string>;
};

/** Events in order: time, table, author, delegation, channel, kind and what happened, all in words. */
export function EventsTable({ events, tables, timeZone, names }: Props) {
  const tableNumber = new Map(tables.map((t) => [t.id, t.number]));
  return (
    <div className="relative overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">Events of the session</caption>
        <thead className="bg-slate-100">
          <tr>
            {["Time", "Table", "Author", "Delegation", "Channel", "Kind", "What happened"].map((h) => (
              <th key={h} scope="col" className="px-3 py-2">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {events.map((event) => (
            <tr key={event.seq} className="border-t border-slate-100 align-top" data-kind={event.kind}>
              <td className="px-3 py-2 whitespace-nowrap">
                <time dateTime={event.at}>{formatTime(event.at, timeZone)}</time>
              </td>
              <td className="px-3 py-2">{event.tableId ? (tableNumber.get(event.tableId) ?? "—") : "all"}</td>
              <td className="px-3 py-2">
                {event.author ? ("name" in event.author ? event.author.name : "Teacher") : "Summit"}
              </td>
              <td className="px-3 py-2">{event.delegation ? names[event.delegation] : "—"}</td>
              <td className="px-3 py-2">{event.channel ? channelLabel(event.channel, names) : "—"}</td>
              <td className="px-3 py-2">{KIND_LABELS[event.kind]}</td>
              <td className="px-3 py-2 break-words whitespace-pre-wrap">{describeEvent(event, names)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
