"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { io, type Socket } from "socket.io-client";
import type { ClientToServerEvents, HandshakeAuth, Reply, ServerToClientEvents, Snapshot, SummitEvent, TableState } from "./events";

type SummitClientSocket = Socket<ServerToClientEvents, ClientToServerEvents>;
type RequestName = Exclude<keyof ClientToServerEvents, "session:sync" | "clock:ping">;

// Events published by concurrent writers can arrive slightly out of order; a reconnect asks
// again from a little before the highest number seen and drops what it already has.
const RESYNC_MARGIN = 50;

export function newClientId(): string {
  return crypto.randomUUID();
}

function merge(current: SummitEvent[], incoming: SummitEvent[]): SummitEvent[] {
  if (incoming.length === 0) return current;
  const bySeq = new Map(current.map((event) => [event.seq, event]));
  for (const event of incoming) bySeq.set(event.seq, event);
  return [...bySeq.values()].sort((a, b) => a.seq - b.seq);
}

function applyPhase(tables: TableState[], event: SummitEvent): TableState[] {
  if (event.kind !== "phase") return tables;
  return tables.map((table) =>
    table.id === event.tableId ? { ...table, phase: event.payload.phase, endsAt: event.payload.endsAt, pausedRemainingMs: null } : table,
  );
}

/**
 * A live room: the snapshot, every event in order, the server's clock offset, and `send`,
 * which retries with the same clientId until the server acknowledges.
 */
export function useRoom(auth: HandshakeAuth) {
  const socketRef = useRef<SummitClientSocket | null>(null);
  const lastSeq = useRef(0);
  const [snapshot, setSnapshot] = useState<Omit<Snapshot, "events"> | null>(null);
  const [events, setEvents] = useState<SummitEvent[]>([]);
  const [tables, setTables] = useState<TableState[]>([]);
  const [connected, setConnected] = useState(false);
  const [fatal, setFatal] = useState<string | null>(null);
  const [clockOffset, setClockOffset] = useState(0);
  const authKey = JSON.stringify(auth);

  const receive = useCallback((incoming: SummitEvent[]) => {
    if (incoming.length === 0) return;
    lastSeq.current = Math.max(lastSeq.current, ...incoming.map((e) => e.seq));
    setEvents((current) => merge(current, incoming));
    setTables((current) => incoming.reduce(applyPhase, current));
  }, []);

  useEffect(() => {
    const socket: SummitClientSocket = io({ auth: JSON.parse(authKey) as HandshakeAuth, withCredentials: true });
    socketRef.current = socket;
    socket.on("connect", () => {
      setConnected(true);
      const sentAt = Date.now();
      socket.emit("session:sync", { after: Math.max(0, lastSeq.current - RESYNC_MARGIN) }, (reply) => {
        if ("error" in reply) return setFatal(reply.error);
        const receivedAt = Date.now();
        setClockOffset(reply.data.serverNow - (sentAt + receivedAt) / 2);
        const { events: missed, ...rest } = reply.data;
        setSnapshot(rest);
        setTables(rest.tables);
        receive(missed);
      });
    });
    socket.on("disconnect", () => setConnected(false));
    socket.on("connect_error", (error) => {
      // A refusal by the server's handshake is final; a network error is retried by Socket.IO.
      if (!socket.active) setFatal(error.message);
    });
    socket.on("event:new", (event) => receive([event]));
    return () => {
      socket.disconnect();
      socketRef.current = null;
    };
  }, [authKey, receive]);

  const send = useCallback(async <T,>(name: RequestName, payload: Record<string, unknown>): Promise<Reply<T>> => {
    const body = { clientId: newClientId(), ...payload };
    for (;;) {
      const socket = socketRef.current;
      if (!socket) return { error: "Not connected." };
      try {
        const reply = (await (socket.timeout(5000) as unknown as { emitWithAck: (n: string, p: unknown) => Promise<Reply<T>> }).emitWithAck(name, body));
        if ("data" in reply && reply.data && typeof reply.data === "object" && "seq" in reply.data) receive([reply.data as unknown as SummitEvent]);
        return reply;
      } catch {
        // No answer in time (offline or slow): the same clientId makes the retry safe.
        await new Promise((resolve) => setTimeout(resolve, 1000));
      }
    }
  }, [receive]);

  return { snapshot, events, tables, connected, fatal, clockOffset, send };
}
