/** An error whose message is written for the person who caused it; the only kind that leaves the server. */
export class UserError extends Error {
  override name = "UserError";
}

export const BUSY = "The server is very busy: nothing was saved. Try again in a moment.";

// Requests queue for a database connection; past the pool's wait (10 s) they fail with one of these.
// Prisma: P2024 (no connection from the pool in time), P2028 (a transaction could not start).
function isBusy(error: unknown): boolean {
  const code =
    typeof error === "object" && error !== null && "code" in error ? String((error as { code: unknown }).code) : "";
  const message = error instanceof Error ? error.message : "";
  return code === "P2024" || code === "P2028" || /timeout exceeded when trying to connect/i.test(message);
}

export function userMessage(error: unknown): string {
  if (error instanceof UserError) return error.message;
  return isBusy(error) ? BUSY : "Something went wrong on the server; please try again.";
}
