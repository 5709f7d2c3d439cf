type Props = { code: string | null; joinUrl: string; projectorUrl: string; count: number; locked: boolean; onLock: (locked: boolean) => void };

export function SharePanel({ code, joinUrl, projectorUrl, count, locked, onLock }: Props) {
  return (
    <section aria-labelledby="share-heading" className="grid gap-4 rounded-lg border border-slate-200 bg-white p-4 md:grid-cols-2">
      <div>
        <h2 id="share-heading" className="text-sm font-medium text-slate-600">Join code</h2>
        <p className="font-mono text-5xl font-bold tracking-widest" data-testid="join-code">{code}</p>
        <p className="mt-2 text-slate-700">
          or open <a href={joinUrl} className="break-all text-blue-700 underline" data-testid="join-link">{joinUrl}</a>
        </p>
        <a href={projectorUrl} target="_blank" rel="noreferrer" className="mt-2 inline-block text-sm font-medium text-blue-700 underline">Open the join screen for the projector</a>
      </div>
      <div className="space-y-3">
        <p className="text-lg" aria-live="polite">
          <strong data-testid="student-count">{count}</strong> {count === 1 ? "student has" : "students have"} joined
        </p>
        <label className="flex items-center gap-2">
          <input type="checkbox" checked={locked} onChange={(e) => onLock(e.target.checked)} className="h-5 w-5" />
          Lock joining (no new students)
        </label>
      </div>
    </section>
  );
}
