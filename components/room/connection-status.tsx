/** The socket's state: null while the page's first connection is still being made. */
export function ConnectionStatus({ connected, queued = 0 }: { connected: boolean | null; queued?: number }) {
  const [text, colour, dot] =
    connected === null
      ? ["Connecting…", "text-slate-700", "bg-slate-400"]
      : connected
        ? ["Online", "text-green-800", "bg-green-600"]
        : ["Offline — reconnecting…", "text-red-800", "bg-red-600"];
  return (
    <span role="status" className={`inline-flex items-center gap-1 text-sm ${colour}`} data-testid="connection">
      <span aria-hidden="true" className={`h-2 w-2 rounded-full ${dot}`} />
      {text}
      {queued > 0 ? <span className="text-slate-600"> · {queued} waiting to send</span> : null}
    </span>
  );
}
