import type { SummitEvent } from "@/lib/domain/events";

// Server actions run in Next's bundle, Socket.IO in server.ts's module graph: the same process,
// different module instances. The running server leaves its publisher here for both.
type Publisher = (sessionId: string, events: SummitEvent[]) => void;
const shared = globalThis as unknown as { summitPublish?: Publisher };

export function setPublisher(publish: Publisher | undefined): void {
  shared.summitPublish = publish;
}

/** Broadcasts events that are already committed; a no-op when no realtime server runs. */
export function publish(sessionId: string, events: SummitEvent[]): void {
  shared.summitPublish?.(sessionId, events);
}
