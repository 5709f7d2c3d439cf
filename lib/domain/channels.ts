import type { Delegation } from "@/lib/domain/events";
import type { ChannelKind } from "./phases";

// Channel names as stored on events. Sidebars name their two delegations in a fixed order.
export const FLOOR = "floor";
export const ANNOUNCEMENT = "announcement";
export const delegationChannel = (delegation: Delegation) => `delegation:${delegation}`;
export function sidebarChannel(a: Delegation, b: Delegation): string {
  const [first, second] = [a, b].sort();
  return `sidebar:${first}+${second}`;
}

/**
 * The stored channel a student means: "delegation" is always their own, a sidebar always
 * includes them. Nothing a student sends can name another delegation's private channel.
 */
export function resolveStudentChannel(
  delegation: Delegation,
  requested: string,
  delegations: readonly Delegation[],
): string | null {
  if (requested === "floor") return FLOOR;
  if (requested === "delegation") return delegationChannel(delegation);
  const other = requested.startsWith("sidebar:") ? requested.slice("sidebar:".length) : null;
  if (other && delegations.includes(other) && other !== delegation) return sidebarChannel(delegation, other);
  return null;
}

export function channelKind(channel: string): ChannelKind {
  return channel.startsWith("delegation:") ? "delegation" : channel.startsWith("sidebar:") ? "sidebar" : "floor";
}

/** Every channel a member of `delegation` may read, at a table of `delegations`. */
export function channelsFor(delegation: Delegation, delegations: readonly Delegation[]): string[] {
  const sidebars = delegations
    .filter((other) => other !== delegation)
    .map((other) => sidebarChannel(delegation, other));
  return [FLOOR, ANNOUNCEMENT, delegationChannel(delegation), ...sidebars];
}

// Socket.IO rooms, named on the server only.
export const rooms = {
  session: (sessionId: string) => `session:${sessionId}`,
  participant: (participantId: string) => `participant:${participantId}`,
  teachers: (sessionId: string) => `teachers:${sessionId}`,
  table: (tableId: string) => `table:${tableId}`,
  delegation: (tableId: string, delegation: Delegation) => `table:${tableId}:${delegation}`,
};

/** The rooms an event goes to: its table (or channel's members) and the session's teachers. */
export function roomsFor(event: { tableId: string | null; channel: string | null }, sessionId: string): string[] {
  const targets = [rooms.teachers(sessionId)];
  if (!event.tableId) return [...targets, rooms.session(sessionId)];
  const channel = event.channel;
  if (channel?.startsWith("delegation:")) {
    return [...targets, rooms.delegation(event.tableId, channel.slice("delegation:".length) as Delegation)];
  }
  if (channel?.startsWith("sidebar:")) {
    const pair = channel.slice("sidebar:".length).split("+") as Delegation[];
    return [...targets, ...pair.map((delegation) => rooms.delegation(event.tableId as string, delegation))];
  }
  return [...targets, rooms.table(event.tableId)];
}

/**
 * A stored channel in words, as the viewer should read it: their own delegation's channel is
 * "My delegation", a sidebar is named by the other side; nobody ever reads "delegation:US".
 */
export function channelLabel(
  channel: string | null,
  names: Record<Delegation, string>,
  viewer: Delegation | null = null,
): string {
  if (channel === null || channel === FLOOR) return "Floor";
  if (channel === ANNOUNCEMENT) return "Announcements";
  if (channel.startsWith("delegation:")) {
    const delegation = channel.slice("delegation:".length) as Delegation;
    return delegation === viewer ? "My delegation" : `${names[delegation] ?? delegation} (private)`;
  }
  if (channel.startsWith("sidebar:")) {
    const pair = channel.slice("sidebar:".length).split("+") as Delegation[];
    const others = pair.filter((d) => d !== viewer);
    if (others.length === 1) return `Sidebar with ${names[others[0] as Delegation]}`;
    // Named in the scenario's order of roles (the order of `names`), as every list of delegations is.
    const order = Object.keys(names);
    const ordered = [...pair].sort((a, b) => order.indexOf(a) - order.indexOf(b));
    return `Sidebar: ${ordered.map((d) => names[d] ?? d).join(" and ")}`;
  }
  return channel;
}

/** Every channel at a table of `delegations`, as a teacher reads them: floor, each delegation, each sidebar. */
export function tableChannels(delegations: readonly Delegation[], names: Record<Delegation, string>) {
  const keys = [
    FLOOR,
    ...delegations.map(delegationChannel),
    ...delegations.flatMap((a, i) => delegations.slice(i + 1).map((b) => sidebarChannel(a, b))),
  ];
  return keys.map((key) => ({ key, label: channelLabel(key, names) }));
}
