export function ConnectionStatus({ connected }: { connected: boolean }) {
  return (
    <span role="status" className={`inline-flex items-center gap-1 text-sm ${connected ? "text-green-800" : "text-red-800"}`}>
      <span aria-hidden="true" className={`h-2 w-2 rounded-full ${connected ? "bg-green-600" : "bg-red-600"}`} />
      {connected ? "Online" : "Offline — reconnecting…"}
    </span>
  );
}
