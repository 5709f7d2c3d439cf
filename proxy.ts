import { NextResponse, type NextRequest } from "next/server";

/**
 * Every page gets a Content-Security-Policy with a fresh nonce: Next puts it on its own scripts
 * (it reads the policy from the request), and nothing else may run. Pages may be framed by no
 * one, except the projector screen, by the app itself.
 */
export function proxy(request: NextRequest) {
  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
  const dev = process.env.NODE_ENV !== "production";
  const framedBy = /^\/teacher\/sessions\/[^/]+\/projector$/.test(request.nextUrl.pathname) ? "'self'" : "'none'";
  const policy = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    // Style attributes (widths of score bars) need inline styles; scripts never do.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    `frame-ancestors ${framedBy}`,
  ].join("; ");
  const headers = new Headers(request.headers);
  headers.set("x-nonce", nonce);
  headers.set("Content-Security-Policy", policy);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("Content-Security-Policy", policy);
  return response;
}

export const config = {
  // Pages only: static files and the API carry the other headers server.ts sets on everything.
  matcher: [
    {
      source: "/((?!api|_next/static|_next/image|favicon.ico|icon|apple-touch-icon|manifest).*)",
      missing: [{ type: "header", key: "next-router-prefetch" }],
    },
  ],
};
