"use client";

import { startTransition, useCallback, useEffect, useRef, useState } from "react";
import { io, type Socket } from "socket.io-client";
import type { Snapshot, SummitEvent, TableState } from "@/lib/domain/events";
import type {
  ClientToServerEvents,
  HandshakeAuth,
  Reply,
  RequestAnswer,
  RequestBody,
  RequestName,
  ServerToClientEvents,
} from "./events";
import { estimateOffset, type ClockSample } from "./clock-offset";
import { Outbox, type Pending } from "./outbox";

type SummitClientSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

/**
 * Sends a queued request. Queued items are JSON from localStorage, typed only by what this screen
 * stored there, so they go out through the untyped view of the socket; the server parses each one.
 */
function emitRequest(socket: SummitClientSocket, item: Pending): Promise<Reply<unknown>> {
  const untyped: Socket = socket;
  return untyped.timeout(5000).emitWithAck(item.name, item.body);
}

// Events published by concurrent writers can arrive slightly out of order; a reconnect asks
// again from a little before the highest number seen and drops what it already has.
const RESYNC_MARGIN = 50;

function merge(current: SummitEvent[], incoming: SummitEvent[]): SummitEvent[] {
  const bySeq = new Map(current.map((event) => [event.seq, event]));
  // A saved event never changes: a resync that brings only known ones leaves the room as drawn.
  if (incoming.every((event) => bySeq.has(event.seq))) return current;
  for (const event of incoming) bySeq.set(event.seq, event);
  return [...bySeq.values()].sort((a, b) => a.seq - b.seq);
}

function applyPhase(tables: TableState[], event: SummitEvent): TableState[] {
  if (event.kind !== "phase") return tables;
  const { phase, endsAt, pausedRemainingMs = null, pausedBy = null } = event.payload;
  return tables.map((table) =>
    table.id === event.tableId
      ? { ...table, phase, endsAt, pausedRemainingMs, pausedBy: pausedRemainingMs !== null ? pausedBy : null }
      : table,
  );
}

const seatOf = (snapshot: Snapshot) =>
  snapshot.me.role === "student" ? `${snapshot.me.tableId}:${snapshot.me.delegation}` : "teacher";

/**
 * A live room: the snapshot, every event in order, the server's clock offset, and `send`.
 * Sends go through an outbox kept in localStorage: each keeps its clientId until the server
 * acknowledges it, so a message typed offline (or before a reload) is delivered exactly once.
 * `connected` is null until the first connection is made or refused. `initial` is the snapshot
 * the server drew the page with; the first sync brings the rest of it and what happened since.
 */
export function useRoom(auth: HandshakeAuth, outboxKey: string, initial?: Snapshot) {
  const socketRef = useRef<SummitClientSocket | null>(null);
  const outboxRef = useRef<Outbox | null>(null);
  // From the events the server drew the page with: the first sync then brings only what is newer.
  const lastSeq = useRef(Math.max(0, ...(initial?.events ?? []).map((e) => e.seq)));
  const seat = useRef<string | null>(initial ? seatOf(initial) : null);
  const [snapshot, setSnapshot] = useState<Omit<Snapshot, "events"> | null>(() => initial ?? null);
  const [events, setEvents] = useState<SummitEvent[]>(() => initial?.events ?? []);
  const [tables, setTables] = useState<TableState[]>(() => initial?.tables ?? []);
  const [online, setOnline] = useState<string[]>(() => initial?.online ?? []);
  const [connected, setConnected] = useState<boolean | null>(null);
  const [fatal, setFatal] = useState<string | null>(null);
  const [clockOffset, setClockOffset] = useState(0);
  const [pending, setPending] = useState<Pending[]>([]);
  const authKey = JSON.stringify(auth);

  const receive = useCallback((incoming: SummitEvent[]) => {
    if (incoming.length === 0) return;
    lastSeq.current = Math.max(lastSeq.current, ...incoming.map((e) => e.seq));
    // What arrives from the server is drawn as a transition: React renders it in slices, so typing
    // and tapping stay responsive while a burst of events (or the first sync) is drawn.
    startTransition(() => {
      setEvents((current) => merge(current, incoming));
      setTables((current) => incoming.reduce(applyPhase, current));
    });
  }, []);

  useEffect(() => {
    const open = () => {
      // WebSocket first (one connection, no long-polling requests to keep the network busy); a
      // network that blocks it falls back to long-polling.
      const socket: SummitClientSocket = io({
        auth: JSON.parse(authKey) as HandshakeAuth,
        withCredentials: true,
        transports: ["websocket", "polling"],
        tryAllTransports: true,
        autoConnect: false,
      });
      const outbox = new Outbox(outboxKey, setPending);
      socketRef.current = socket;
      outboxRef.current = outbox;

      const flush = async () => {
        for (const item of outbox.items()) {
          try {
            const reply = await emitRequest(socket, item);
            outbox.settle(item.body.clientId, reply);
            if ("data" in reply && reply.data && typeof reply.data === "object" && "seq" in reply.data)
              receive([reply.data as SummitEvent]);
          } catch {
            return; // no answer: still offline; the next connect flushes again with the same ids
          }
        }
      };

      const syncClock = async () => {
        const samples: ClockSample[] = [];
        for (let i = 0; i < 5 && socket.connected; i++) {
          const sentAt = Date.now();
          const reply = await socket
            .timeout(3000)
            .emitWithAck("clock:ping", {})
            .catch(() => null);
          if (reply && "data" in reply)
            samples.push({ sentAt, receivedAt: Date.now(), serverNow: reply.data.serverNow });
        }
        if (samples.length > 0) startTransition(() => setClockOffset(estimateOffset(samples)));
      };

      socket.on("connect", () => {
        startTransition(() => setConnected(true));
        const sentAt = Date.now();
        socket.emit("session:sync", { after: Math.max(0, lastSeq.current - RESYNC_MARGIN) }, (reply) => {
          if ("error" in reply) return setFatal(reply.error);
          const { events: missed, ...rest } = reply.data;
          const offset = reply.data.serverNow - (sentAt + Date.now()) / 2;
          // Moved to another seat: what was seen at the old one no longer applies.
          if (seat.current !== null && seat.current !== seatOf(reply.data)) {
            lastSeq.current = 0;
            setEvents([]);
            socket.emit("session:sync", { after: 0 }, (again) => "data" in again && receive(again.data.events));
          }
          seat.current = seatOf(reply.data);
          startTransition(() => {
            setClockOffset(offset);
            setSnapshot(rest);
            setTables(rest.tables);
            setOnline(rest.online);
          });
          receive(missed);
          void flush();
          void syncClock();
        });
      });
      socket.on("disconnect", (reason) => {
        setConnected(false);
        // The server closes a socket whose seat changed; come back and be seated anew.
        if (reason === "io server disconnect") setTimeout(() => socket.connect(), 300);
      });
      socket.on("connect_error", (error) => {
        setConnected(false);
        // A refusal by the server's handshake is final; a network error is retried by Socket.IO.
        if (!socket.active) setFatal(error.message);
      });
      socket.on("presence:online", (ids) => startTransition(() => setOnline(ids)));
      socket.on("event:new", (event) => {
        receive([event]);
        // At the debrief the server reveals more (payoffs, other tables' outcomes): ask again.
        if (event.kind === "phase" && event.payload.phase === "debrief") {
          socket.emit("session:sync", { after: lastSeq.current }, (reply) => {
            if (!("data" in reply)) return;
            const { events: missed, ...rest } = reply.data;
            startTransition(() => setSnapshot(rest));
            receive(missed);
          });
        }
      });
      // The browser knows at once when the network goes; a socket would notice only at its next
      // heartbeat. Drop it now (sends queue in the outbox) and reconnect when the network is back.
      const goOffline = () => socket.disconnect();
      const goOnline = () => socket.connected || socket.connect();
      window.addEventListener("offline", goOffline);
      window.addEventListener("online", goOnline);
      socket.connect();
      // A send that timed out while the socket stayed up is tried again, with the same clientId.
      const retry = setInterval(
        () => socket.connected && outbox.items().some((i) => Date.now() - i.at > 6000) && void flush(),
        5000,
      );
      return () => {
        window.removeEventListener("offline", goOffline);
        window.removeEventListener("online", goOnline);
        clearInterval(retry);
        socket.disconnect();
        socketRef.current = null;
        outboxRef.current = null;
      };
    };
    // The socket is made and opened in a task of its own, after the page has hydrated and drawn.
    let close = () => {};
    const opening = setTimeout(() => (close = open()), 0);
    return () => {
      clearTimeout(opening);
      close();
    };
  }, [authKey, outboxKey, receive]);

  /** Queues a request and resolves with the server's answer once it has one. */
  const send = useCallback(
    <N extends RequestName>(name: N, payload: RequestBody<N>): Promise<Reply<RequestAnswer<N>>> => {
      const outbox = outboxRef.current;
      const socket = socketRef.current;
      if (!outbox || !socket) return Promise.resolve({ error: "Not connected yet." });
      const answer = outbox.add(name, payload) as Promise<Reply<RequestAnswer<N>>>;
      if (socket.connected) {
        const item = outbox.items().at(-1) as Pending;
        void emitRequest(socket, item)
          .then((reply) => {
            outbox.settle(item.body.clientId, reply);
            if ("data" in reply && reply.data && typeof reply.data === "object" && "seq" in reply.data)
              receive([reply.data as SummitEvent]);
          })
          .catch(() => {}); // kept in the outbox; sent again on reconnect
      }
      return answer;
    },
    [receive],
  );

  return { snapshot, events, tables, online, connected, fatal, clockOffset, send, pending };
}
