import type { Member } from "@/lib/domain/room";

/** Students the teacher removed: each can be let back in, to the seat they had. */
export function RemovedStudents({
  removed,
  disabled,
  onReadmit,
}: {
  removed: Member[];
  disabled: boolean;
  onReadmit: (participantId: string) => void;
}) {
  if (removed.length === 0) return null;
  return (
    <div className="mt-2 border-t border-slate-100 pt-2 text-sm">
      <h3 className="font-semibold">Removed</h3>
      <p className="text-slate-600">
        They cannot join again until you let them back in; then they rejoin with the session&apos;s code.
      </p>
      <ul>
        {removed.map((m) => (
          <li key={m.participantId} className="flex items-center gap-2 py-1">
            <span>{m.name}</span>
            <button
              type="button"
              disabled={disabled}
              onClick={() => onReadmit(m.participantId)}
              className="min-h-9 rounded border border-slate-300 bg-white px-2 hover:bg-slate-100"
            >
              Let back in<span className="sr-only"> {m.name}</span>
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
