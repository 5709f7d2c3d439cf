import type { IncomingMessage } from "node:http";

/**
 * Null when a handshake may go on; otherwise why not. A browser names the page that opens a socket
 * in Origin: it must be this server itself (same host as the request), or one of `allowed`. A
 * request without Origin comes from no web page (a script, a test) and carries no one's cookies
 * by accident.
 */
export function refuseOrigin(
  request: Pick<IncomingMessage, "headers">,
  allowed: readonly string[],
  trustProxy: boolean,
): string | null {
  const origin = request.headers.origin;
  if (!origin) return null;
  let host: string;
  try {
    host = new URL(origin).host;
  } catch {
    return "That page's origin is not a web address.";
  }
  const forwardedHost = request.headers["x-forwarded-host"];
  const own = (trustProxy && (Array.isArray(forwardedHost) ? forwardedHost[0] : forwardedHost)) || request.headers.host;
  if (host === own || allowed.some((entry) => sameOrigin(entry, origin))) return null;
  return `Connections from ${origin} are not allowed.`;
}

function sameOrigin(a: string, b: string): boolean {
  try {
    return new URL(a).origin === new URL(b).origin;
  } catch {
    return false;
  }
}
