/** An error whose message is written for the person who caused it; the only kind that leaves the server. */
export class UserError extends Error {
  override name = "UserError";
}

export function userMessage(error: unknown): string {
  return error instanceof UserError ? error.message : "Something went wrong on the server; please try again.";
}
