import { z } from "zod";
import type { SummitEvent } from "@/lib/domain/events";
import { describeEvent } from "./describe";

// The transcript's filters come from the URL: any text is accepted, anything unknown is ignored.
export const filterSchema = z.object({
  table: z.string().max(64).optional().catch(undefined),
  channel: z.string().max(64).optional().catch(undefined),
  delegation: z.string().max(64).optional().catch(undefined),
  student: z.string().max(64).optional().catch(undefined),
  kind: z.string().max(32).optional().catch(undefined),
  q: z.string().max(200).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(100_000).optional().catch(undefined),
});
export type Filter = z.infer<typeof filterSchema>;

export const PAGE_SIZE = 200;

/** Folded for search: lower case, accents and other marks removed, so "sofia" finds "Sofía" and "SOFÍA". */
export const fold = (text: string) =>
  text
    .normalize("NFD")
    .replace(/\p{M}+/gu, "")
    .toLocaleLowerCase();

// What a person reads of an event (its words and its author), never its stored field names.
const searchable = (event: SummitEvent, names: Record<string, string>) =>
  fold(`${describeEvent(event, names)} ${event.author && "name" in event.author ? event.author.name : ""}`);

/** The events matching every filter given, and the page asked for. */
export function filterEvents(events: SummitEvent[], filter: Filter, names: Record<string, string> = {}) {
  const q = filter.q?.trim() ? fold(filter.q.trim()) : undefined;
  const matching = events.filter(
    (e) =>
      (!filter.table || e.tableId === filter.table) &&
      (!filter.channel || e.channel === filter.channel) &&
      (!filter.delegation || e.delegation === filter.delegation) &&
      (!filter.student ||
        (e.author !== null && "participantId" in e.author && e.author.participantId === filter.student)) &&
      (!filter.kind || e.kind === filter.kind) &&
      (!q || searchable(e, names).includes(q)),
  );
  const pages = Math.max(1, Math.ceil(matching.length / PAGE_SIZE));
  const page = Math.min(filter.page ?? 1, pages);
  return { total: matching.length, page, pages, events: matching.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE) };
}
