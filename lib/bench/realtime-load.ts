// The load of lib/bench/realtime.ts: many socket.io clients in this process, each sending one
// chat message per period, and what they measure. Every client lives here, so send and receive
// times come from one clock (performance.now) and fan-out latency needs no clock sync.
import { randomUUID } from "node:crypto";
import { monitorEventLoopDelay } from "node:perf_hooks";
import { io, type Socket } from "socket.io-client";
import type { Snapshot, SummitEvent } from "@/lib/domain/events";
import type { ClientToServerEvents, Reply, ServerToClientEvents } from "@/lib/realtime/events";
import { sampleProcess, type ProcessUsage } from "./realtime-servers";

type BenchSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

/** One client to open: its table (a room of tablemates), handshake auth and cookie, and which server when there are several. */
export type LoadClient = { table: number; auth: Record<string, unknown>; cookie?: string; url?: string };

export type Target = {
  name: string;
  url: string;
  serverPid: number;
  /** Summit's clients ask for their snapshot before they count as ready; the baseline's do not. */
  syncOnConnect: boolean;
};

export type LoadOptions = {
  connectPerSecond: number;
  warmupMs: number;
  windowMs: number;
  periodMs: number;
  /** A send without an ack by then counts as failed. */
  ackTimeoutMs: number;
  /** An acked message a tablemate has not received this long after the ack counts as lost. */
  lostAfterMs: number;
};

export type LoadResult = {
  clients: number;
  connected: number;
  connectMs: number[];
  /** The part of connectMs until the handshake was accepted (Summit's sync comes after). */
  handshakeMs: number[];
  connectFailures: Map<string, number>;
  /** Sends in the measured window, and what became of them. */
  sent: number;
  ackMs: number[];
  failures: Map<string, number>;
  fanoutMs: number[];
  /** Acked messages some connected tablemate did not receive in time, and the missing copies. */
  lost: number;
  lostCopies: number;
  /** Copies that arrived at a client of another table (should never happen). */
  misrouted: number;
  /** Unexpected disconnects after connecting. */
  disconnects: number;
  server: ProcessUsage;
  /** This process during the window: a busy client inflates every latency it measures. */
  benchCpuPercent: number;
  benchLagP99Ms: number;
};

const TICK_MS = 10;
const SYNC_TIMEOUT_MS = 30_000;

type Member = { index: number; table: number; socket: BenchSocket | null; ready: boolean };

type Pending = {
  sender: number;
  table: number;
  sentAt: number;
  measured: boolean;
  /** Tablemates connected when it was sent: each should receive one copy. */
  expected: number;
  received: number;
  ackedAt: number | null;
};

const count = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Connects every client, sends for warm-up + window, waits for the stragglers, disconnects. */
export async function runLoad(target: Target, clients: LoadClient[], options: LoadOptions): Promise<LoadResult> {
  const members: Member[] = clients.map((client, index) => ({
    index,
    table: client.table,
    socket: null,
    ready: false,
  }));
  const tables = Math.max(0, ...clients.map((c) => c.table)) + 1;
  const readyAtTable = new Array<number>(tables).fill(0);
  const pending = new Map<string, Pending>();
  const result: LoadResult = {
    clients: clients.length,
    connected: 0,
    connectMs: [],
    handshakeMs: [],
    connectFailures: new Map(),
    sent: 0,
    ackMs: [],
    failures: new Map(),
    fanoutMs: [],
    lost: 0,
    lostCopies: 0,
    misrouted: 0,
    disconnects: 0,
    server: { cpuPercent: null, rssPeakMb: null },
    benchCpuPercent: 0,
    benchLagP99Ms: 0,
  };
  let closing = false;

  // Drops a message from the books once nothing more is expected of it.
  const settleIfDone = (clientId: string, entry: Pending) => {
    if (entry.ackedAt !== null && entry.received >= entry.expected) pending.delete(clientId);
  };

  const listen = (member: Member, socket: BenchSocket) => {
    socket.on("event:new", (event: SummitEvent) => {
      const entry = event.clientId ? pending.get(event.clientId) : undefined;
      if (!entry || entry.sender === member.index) return;
      if (entry.table !== member.table) result.misrouted += 1;
      entry.received += 1;
      if (entry.measured) result.fanoutMs.push(performance.now() - entry.sentAt);
      settleIfDone(event.clientId as string, entry);
    });
    socket.on("disconnect", () => {
      if (closing || !member.ready) return;
      member.ready = false;
      readyAtTable[member.table] = (readyAtTable[member.table] ?? 1) - 1;
      result.disconnects += 1;
    });
  };

  const connectOne = (member: Member, client: LoadClient) =>
    new Promise<void>((resolve) => {
      const started = performance.now();
      const socket: BenchSocket = io(client.url ?? target.url, {
        transports: ["websocket"],
        auth: client.auth,
        ...(client.cookie ? { extraHeaders: { cookie: client.cookie } } : {}),
        reconnection: false,
        forceNew: true,
        timeout: SYNC_TIMEOUT_MS,
      });
      member.socket = socket;
      const fail = (reason: string) => {
        count(result.connectFailures, reason);
        socket.close();
        resolve();
      };
      const ready = () => {
        result.connectMs.push(performance.now() - started);
        member.ready = true;
        readyAtTable[member.table] = (readyAtTable[member.table] ?? 0) + 1;
        listen(member, socket);
        resolve();
      };
      socket.once("connect_error", (error) => fail(`connect: ${error.message}`));
      socket.once("connect", () => {
        result.handshakeMs.push(performance.now() - started);
        if (!target.syncOnConnect) return ready();
        socket
          .timeout(SYNC_TIMEOUT_MS)
          .emit("session:sync", { after: 0 }, (error: Error | null, reply: Reply<Snapshot>) => {
            if (error) fail(`sync: ${error.message}`);
            else if ("error" in reply) fail(`sync: ${reply.error}`);
            else ready();
          });
      });
    });

  await connectPaced(members, clients, options.connectPerSecond, connectOne);
  result.connected = members.filter((m) => m.ready).length;

  const send = (member: Member, now: number, measured: boolean) => {
    const socket = member.socket;
    if (measured) result.sent += 1;
    if (!socket || !member.ready || !socket.connected) {
      if (measured) count(result.failures, "not connected");
      return;
    }
    const clientId = randomUUID();
    const entry: Pending = {
      sender: member.index,
      table: member.table,
      sentAt: now,
      measured,
      expected: (readyAtTable[member.table] ?? 1) - 1,
      received: 0,
      ackedAt: null,
    };
    pending.set(clientId, entry);
    const text = `bench ${target.name} client ${member.index} sent at ${new Date().toISOString()} (${now.toFixed(3)})`;
    // Summit's payload for both targets; the baseline ignores the channel.
    socket.emit("chat:send", { clientId, text, channel: "floor" }, (reply: Reply<SummitEvent>) => {
      if (pending.get(clientId) !== entry || entry.ackedAt !== null) return; // already timed out
      const at = performance.now();
      if ("error" in reply || !("data" in reply)) {
        if (measured) count(result.failures, "error" in reply ? `error: ${reply.error}` : "empty ack");
        pending.delete(clientId);
        return;
      }
      entry.ackedAt = at;
      if (measured) result.ackMs.push(at - entry.sentAt);
      settleIfDone(clientId, entry);
    });
  };

  // One sweep for every message rather than a timer per send: timeouts and lost fan-out.
  const sweep = (now: number) => {
    for (const [clientId, entry] of pending) {
      if (entry.ackedAt === null) {
        if (now - entry.sentAt < options.ackTimeoutMs) continue;
        if (entry.measured) count(result.failures, `no ack in ${options.ackTimeoutMs / 1000} s`);
      } else {
        if (now - entry.ackedAt < options.lostAfterMs) continue;
        if (entry.measured) {
          result.lost += 1;
          result.lostCopies += entry.expected - entry.received;
        }
      }
      pending.delete(clientId);
    }
  };

  const startedAt = performance.now();
  const windowStart = startedAt + options.warmupMs;
  const windowEnd = windowStart + options.windowMs;
  const schedule = sendSchedule(members, startedAt, options.periodMs);
  const lag = monitorEventLoopDelay({ resolution: 10 });
  let measuring: { server: ReturnType<typeof sampleProcess>; cpu: NodeJS.CpuUsage; at: number } | null = null;
  let lastSweep = startedAt;

  await new Promise<void>((resolve) => {
    const timer = setInterval(() => {
      const now = performance.now();
      if (!measuring && now >= windowStart) {
        measuring = { server: sampleProcess(target.serverPid), cpu: process.cpuUsage(), at: now };
        lag.enable();
      }
      schedule.due(Math.min(now, windowEnd), (member, at) => send(member, at, at >= windowStart));
      if (now - lastSweep >= 250) {
        sweep(now);
        lastSweep = now;
      }
      if (now >= windowEnd && measuring) {
        clearInterval(timer);
        const cpu = process.cpuUsage(measuring.cpu);
        result.benchCpuPercent = ((cpu.user + cpu.system) / 1000 / (now - measuring.at)) * 100;
        result.server = measuring.server.stop();
        lag.disable();
        result.benchLagP99Ms = lag.percentile(99) / 1e6;
        resolve();
      }
    }, TICK_MS);
  });

  // The last messages still get their ack timeout and their fan-out grace.
  const drainUntil = performance.now() + options.ackTimeoutMs + options.lostAfterMs + 1000;
  while (pending.size > 0 && performance.now() < drainUntil) {
    await sleep(100);
    sweep(performance.now());
  }
  closing = true;
  for (const member of members) member.socket?.close();
  return result;
}

/** Opens `connectPerSecond` clients a second from one shared timer; resolves when all are settled. */
async function connectPaced(
  members: Member[],
  clients: LoadClient[],
  connectPerSecond: number,
  connectOne: (member: Member, client: LoadClient) => Promise<void>,
) {
  const attempts: Promise<void>[] = [];
  const started = performance.now();
  await new Promise<void>((resolve) => {
    const timer = setInterval(() => {
      const due = Math.min(clients.length, Math.floor(((performance.now() - started) * connectPerSecond) / 1000) + 1);
      while (attempts.length < due) {
        const index = attempts.length;
        attempts.push(connectOne(members[index] as Member, clients[index] as LoadClient));
      }
      if (attempts.length >= clients.length) {
        clearInterval(timer);
        resolve();
      }
    }, TICK_MS);
  });
  await Promise.all(attempts);
}

/**
 * Each member sends at start + offset + k·period, its offset drawn at random so sends spread over
 * the period. Sorted by offset, the next sender is always the one under the cursor.
 */
function sendSchedule(members: Member[], start: number, periodMs: number) {
  const order = members.map((member) => ({ member, at: start + Math.random() * periodMs })).sort((a, b) => a.at - b.at);
  let cursor = 0;
  return {
    /** Calls `send` for every send due up to `until`, with the time it is actually sent. */
    due(until: number, send: (member: Member, at: number) => void) {
      for (let slot = order[cursor]; slot && slot.at <= until; slot = order[cursor]) {
        send(slot.member, performance.now());
        slot.at += periodMs;
        cursor = (cursor + 1) % order.length;
      }
    },
  };
}
