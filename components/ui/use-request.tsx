"use client";

import { useCallback, useState } from "react";
import type { Reply } from "@/lib/realtime/events";

/** The error of a reply, or null when the server accepted it. */
export const errorOf = (reply: Reply<unknown>) => ("error" in reply ? reply.error : null);

/**
 * The one pending/error state behind a button: `run` disables it while the request is out, then
 * shows the server's refusal, or `done` when it went through.
 */
export function useRequest() {
  const [pending, setPending] = useState(false);
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);
  const run = useCallback(async (action: () => Promise<string | null>, done?: string) => {
    setPending(true);
    setMessage(null);
    const error = await action();
    setMessage(error ? { error: true, text: error } : done ? { error: false, text: done } : null);
    setPending(false);
    return error === null;
  }, []);
  return { pending, message, run, clear: () => setMessage(null) };
}

/** The message a request left, announced politely when it went through and at once when refused. */
export function RequestMessage({
  message,
  className = "",
}: {
  message: { error: boolean; text: string } | null;
  className?: string;
}) {
  if (!message) return null;
  return message.error ? (
    <p role="alert" className={`text-sm text-red-700 ${className}`}>
      {message.text}
    </p>
  ) : (
    <p role="status" className={`text-sm text-green-800 ${className}`}>
      {message.text}
    </p>
  );
}
