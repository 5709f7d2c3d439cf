import type { IncomingMessage } from "node:http";

/** Set by server.ts on every request (any copy a client sends is replaced): who is asking, for limits. */
export const ADDRESS_HEADER = "x-summit-client-address";

/**
 * The address a request comes from: the connection's, or with TRUST_PROXY=1 (behind a reverse
 * proxy that sets it) the first address of X-Forwarded-For.
 */
export function addressOf(request: Pick<IncomingMessage, "headers" | "socket">, trustProxy: boolean): string {
  const forwarded = request.headers["x-forwarded-for"];
  const first = (Array.isArray(forwarded) ? forwarded[0] : forwarded)?.split(",")[0]?.trim();
  return (trustProxy && first) || request.socket.remoteAddress || "unknown";
}

/** The stamped address from a Headers object or a plain header record. */
export function stampedAddress(headers: Headers | Record<string, string | string[] | undefined> | undefined): string {
  const value = headers instanceof Headers ? headers.get(ADDRESS_HEADER) : headers?.[ADDRESS_HEADER];
  return (Array.isArray(value) ? value[0] : value) ?? "unknown";
}
