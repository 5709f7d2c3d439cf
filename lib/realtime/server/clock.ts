import type { Db } from "@/lib/db";
import { advanceIfDue, listDeadlines, type PhaseChange } from "@/lib/repositories/rounds";
import type { TableState } from "@/lib/domain/events";

export type PhaseClock = {
  /** Arms (or re-arms) the timers for these tables' stored deadlines. */
  track: (tables: Pick<TableState, "id" | "endsAt" | "pausedRemainingMs">[]) => void;
  /**
   * Arms every stored deadline, overdue ones at once (the server was down when they passed), and
   * again every `sweepMs`: a deadline set by another process (or one that crashed) fires here too.
   */
  resume: () => Promise<void>;
  stop: () => void;
};

/**
 * Deadlines live in the database; timers here are only reminders to look. When one fires the
 * table is advanced only if its stored deadline has really passed.
 */
export function createPhaseClock(
  db: Db,
  onChange: (change: PhaseChange) => void,
  log: (m: string, e?: unknown) => void,
  sweepMs = 10_000,
): PhaseClock {
  const timers = new Map<string, NodeJS.Timeout>();
  let stopped = false;
  let sweeper: NodeJS.Timeout | undefined;

  const fire = async (tableId: string) => {
    timers.delete(tableId);
    try {
      const change = await advanceIfDue(db, tableId);
      if (change) {
        onChange(change);
        track(change.tables);
      }
    } catch (error) {
      log(`advancing table ${tableId} failed; retrying`, error);
      if (!stopped)
        timers.set(
          tableId,
          setTimeout(() => void fire(tableId), 1000),
        );
    }
  };

  const track: PhaseClock["track"] = (tables) => {
    for (const table of tables) {
      clearTimeout(timers.get(table.id));
      timers.delete(table.id);
      if (stopped || !table.endsAt || table.pausedRemainingMs !== null) continue;
      const delay = Math.max(0, new Date(table.endsAt).getTime() - Date.now());
      timers.set(
        table.id,
        setTimeout(() => void fire(table.id), delay),
      );
    }
  };

  return {
    track,
    resume: async () => {
      const armAll = async () => {
        const deadlines = await listDeadlines(db);
        // Only deadlines this process does not already wait for: a sweep leaves running timers be.
        track(
          deadlines
            .filter((d) => !timers.has(d.id))
            .map((d) => ({ id: d.id, endsAt: d.phaseEndsAt?.toISOString() ?? null, pausedRemainingMs: null })),
        );
      };
      await armAll();
      if (stopped) return;
      sweeper = setInterval(
        () => void armAll().catch((error: unknown) => log("looking for deadlines failed", error)),
        sweepMs,
      );
      sweeper.unref();
    },
    stop: () => {
      stopped = true;
      clearInterval(sweeper);
      for (const timer of timers.values()) clearTimeout(timer);
      timers.clear();
    },
  };
}
