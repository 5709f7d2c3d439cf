export type ClockSample = { sentAt: number; receivedAt: number; serverNow: number };

/**
 * The server's clock minus this device's, from the round trip with the shortest time: the
 * shorter the trip, the less the answer can be off (at most half of it).
 */
export function estimateOffset(samples: ClockSample[]): number {
  const best = samples.reduce((a, b) => (b.receivedAt - b.sentAt < a.receivedAt - a.sentAt ? b : a));
  return best.serverNow - (best.sentAt + best.receivedAt) / 2;
}
