import { rooms } from "@/lib/domain/channels";
import type { SummitServer } from "./context";

/** The students of a session connected right now, on this process or any other sharing the adapter. */
export async function onlineIn(io: SummitServer, sessionId: string): Promise<string[]> {
  const sockets = await io.in(rooms.session(sessionId)).fetchSockets();
  const ids = new Set<string>();
  for (const socket of sockets) if (socket.data.role === "student") ids.add(socket.data.participantId);
  return [...ids];
}

/**
 * Tells a session's teachers who is online after students connect or leave. A class joining at
 * once would ask for every socket of the session per connection: wait a moment and ask once.
 */
export function createPresence(io: SummitServer, log: (message: string, error?: unknown) => void, delayMs = 400) {
  const due = new Map<string, NodeJS.Timeout>();
  return {
    changed(sessionId: string) {
      if (due.has(sessionId)) return;
      const timer = setTimeout(() => {
        due.delete(sessionId);
        onlineIn(io, sessionId)
          .then((online) => io.to(rooms.teachers(sessionId)).emit("presence:online", online))
          .catch((error: unknown) => log("presence failed", error));
      }, delayMs);
      due.set(sessionId, timer);
    },
    stop() {
      for (const timer of due.values()) clearTimeout(timer);
      due.clear();
    },
  };
}
