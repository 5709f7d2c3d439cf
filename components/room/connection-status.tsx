export function ConnectionStatus({ connected, queued = 0 }: { connected: boolean; queued?: number }) {
  return (
    <span
      role="status"
      className={`inline-flex items-center gap-1 text-sm ${connected ? "text-green-800" : "text-red-800"}`}
      data-testid="connection"
    >
      <span aria-hidden="true" className={`h-2 w-2 rounded-full ${connected ? "bg-green-600" : "bg-red-600"}`} />
      {connected ? "Online" : "Offline — reconnecting…"}
      {queued > 0 ? <span className="text-slate-600"> · {queued} waiting to send</span> : null}
    </span>
  );
}
