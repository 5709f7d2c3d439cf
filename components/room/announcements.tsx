import type { Room } from "@/lib/domain/room";

/** The teacher's latest announcement, read out when it arrives. */
export function Announcements({ items }: { items: Room["announcements"] }) {
  const latest = items.at(-1);
  return (
    <div role="status" aria-live="polite" aria-atomic="true">
      {latest ? (
        <p className="rounded-md border-l-4 border-amber-500 bg-amber-50 p-3 text-amber-950" data-testid="announcement">
          <strong>Teacher:</strong> {latest.payload.text}
        </p>
      ) : null}
    </div>
  );
}
