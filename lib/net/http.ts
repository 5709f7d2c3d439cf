import type { IncomingMessage } from "node:http";

/** No request body Summit takes is near this: a scenario upload, the article's text, a form. */
export const MAX_BODY_BYTES = 1024 * 1024;

/** Headers on every response, static files and the socket's polling included. */
export function securityHeaders(request: IncomingMessage, trustProxy: boolean): [string, string][] {
  const https =
    (trustProxy && request.headers["x-forwarded-proto"] === "https") ||
    process.env.NEXTAUTH_URL?.startsWith("https://");
  return [
    ["X-Content-Type-Options", "nosniff"],
    ["Referrer-Policy", "strict-origin-when-cross-origin"],
    ["Cross-Origin-Opener-Policy", "same-origin"],
    ["Permissions-Policy", "camera=(), microphone=(), geolocation=()"],
    ...(https ? ([["Strict-Transport-Security", "max-age=31536000; includeSubDomains"]] as [string, string][]) : []),
  ];
}

/**
 * A body too large (by its declared length) is refused with 413 before anyone reads it, and a
 * declared length that is not a number with 400: neither reaches Next as a 500.
 */
export function refuseBody(request: IncomingMessage): { status: number; error: string } | null {
  const declared = request.headers["content-length"];
  if (declared === undefined) return null;
  if (!/^\d+$/.test(declared)) return { status: 400, error: "Content-Length must be a number of bytes." };
  if (Number(declared) > MAX_BODY_BYTES)
    return { status: 413, error: `A request can carry at most ${MAX_BODY_BYTES / 1024 / 1024} MB.` };
  return null;
}
