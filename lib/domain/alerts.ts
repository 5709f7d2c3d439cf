// What a teacher should act on, from the room as the events built it: a delegation voting to walk
// away, a table gone quiet, a student who has said nothing. Pure, so the thresholds are testable.
import type { Delegation, TableState } from "@/lib/domain/events";
import type { Room } from "./room";

export const SILENT_MS = 5 * 60_000;
export const IDLE_MS = 3 * 60_000;

export type Alert =
  | {
      key: string;
      tableId: string;
      kind: "threat";
      delegation: Delegation;
      votes: number;
      needed: number;
      reason?: string | undefined;
    }
  | { key: string; tableId: string; kind: "idle"; minutes: number }
  | { key: string; tableId: string; kind: "silent"; participantId: string; name: string; minutes: number };

const minutesSince = (now: number, iso: string) => Math.floor((now - Date.parse(iso)) / 60_000);
const later = (a: string | undefined, b: string) => (a && a > b ? a : b);

export function alertsFor(room: Room, tables: TableState[], now: number): Alert[] {
  const alerts: Alert[] = [];
  for (const table of tables) {
    for (const threat of room.threats.filter((t) => t.tableId === table.id)) {
      alerts.push({
        key: `threat:${table.id}:${threat.delegation}:${threat.at}`,
        tableId: table.id,
        kind: "threat",
        delegation: threat.delegation,
        votes: threat.votes,
        needed: threat.needed,
        reason: threat.reason,
      });
    }
    const since = room.talkSince[table.id];
    // Only a table that is talking, running and unsettled can be idle or have someone silent.
    if (!since || table.pausedRemainingMs !== null || room.outcomes[table.id]) continue;
    const active = later(room.lastActivity[table.id], since);
    if (now - Date.parse(active) >= IDLE_MS)
      alerts.push({
        key: `idle:${table.id}:${active}`,
        tableId: table.id,
        kind: "idle",
        minutes: minutesSince(now, active),
      });
    for (const member of room.members) {
      if (member.tableId !== table.id || member.computer) continue;
      const spoke = later(room.lastSpoke[member.participantId], since);
      if (now - Date.parse(spoke) >= SILENT_MS) {
        alerts.push({
          key: `silent:${member.participantId}:${spoke}`,
          tableId: table.id,
          kind: "silent",
          participantId: member.participantId,
          name: member.name,
          minutes: minutesSince(now, spoke),
        });
      }
    }
  }
  return alerts;
}
