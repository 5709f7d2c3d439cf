import type { Delegation } from "@/lib/domain/events";

/** A scenario's roles as screens and exports use them: ids in the scenario's order, and names. */
export type Role = { id: Delegation; name: string };

export const roleIds = (roles: readonly Role[]): Delegation[] => roles.map((role) => role.id);

/** Each role's name by id; an id the scenario does not know reads as itself. */
export function roleNames(roles: readonly Role[]): Record<Delegation, string> {
  return Object.fromEntries(roles.map((role) => [role.id, role.name]));
}

/** Why `id` cannot be a delegation here, or null when it is one of the roles. */
export function roleRefusal(roles: readonly Role[], id: string): string | null {
  if (roles.some((role) => role.id === id)) return null;
  return `There is no delegation "${id}" in this scenario: choose ${roles.map((role) => role.id).join(", ")}.`;
}

/** A refusal naming the first of `given` that is not among `known` ("unknown term "x""), or null. */
export function unknownName(given: Iterable<string>, known: readonly string[], what: string): string | null {
  for (const name of given) if (!known.includes(name)) return `unknown ${what} "${name}"`;
  return null;
}
