// Child process of lib/bench/realtime.ts: the simplest Socket.IO chat that stores its messages,
// the yardstick for Summit's realtime server. A client joins the room its handshake names; each
// "chat:send" is one INSERT, one broadcast to the room and one ack, with Summit's event shape.
// Environment: BENCH_DATABASE_URL (and DATABASE_POOL_SIZE like Summit). Prints "port <n>".
import { createServer } from "node:http";
import pg from "pg";
import { Server } from "socket.io";

const url = process.env.BENCH_DATABASE_URL;
if (!url) throw new Error("BENCH_DATABASE_URL must be set");

// The same pool size Summit's createDb uses, so neither side wins by holding more connections.
const pool = new pg.Pool({ connectionString: url, max: Number(process.env.DATABASE_POOL_SIZE ?? 20) });
pool.on("error", (error) => console.error(`[baseline] idle connection lost: ${error.message}`));
await pool.query(
  "CREATE TABLE IF NOT EXISTS bench_baseline (id bigserial PRIMARY KEY, room text NOT NULL, client_id text NOT NULL, text text NOT NULL, created_at timestamptz NOT NULL DEFAULT now())",
);

const http = createServer();
const io = new Server(http, { serveClient: false, maxHttpBufferSize: 64 * 1024 });

io.use((socket, next) => {
  const { room, name } = socket.handshake.auth as { room?: unknown; name?: unknown };
  if (typeof room !== "string" || !room) return next(new Error("auth.room is required"));
  socket.data = { room, name: typeof name === "string" ? name : socket.id };
  next();
});

type Ack = (reply: { data: unknown } | { error: string }) => void;

io.on("connection", (socket) => {
  const { room, name } = socket.data as { room: string; name: string };
  void socket.join(room);
  socket.on("chat:send", (payload: unknown, ack: unknown) => {
    if (typeof ack !== "function") return;
    const reply = ack as Ack;
    const { clientId, text } = (payload ?? {}) as { clientId?: unknown; text?: unknown };
    if (typeof clientId !== "string" || typeof text !== "string")
      return reply({ error: "clientId and text are required" });
    pool
      .query<{ id: string; created_at: Date }>(
        "INSERT INTO bench_baseline (room, client_id, text) VALUES ($1, $2, $3) RETURNING id, created_at",
        [room, clientId, text],
      )
      .then(({ rows: [row] }) => {
        if (!row) throw new Error("INSERT returned no row");
        const event = {
          seq: Number(row.id),
          id: row.id,
          kind: "message",
          tableId: room,
          channel: "floor",
          delegation: null,
          author: { participantId: socket.id, name },
          clientId,
          payload: { text },
          at: row.created_at.toISOString(),
        };
        io.to(room).emit("event:new", event);
        reply({ data: event });
      })
      .catch((error: unknown) => {
        console.error(`[baseline] chat:send failed: ${error instanceof Error ? error.message : String(error)}`);
        reply({ error: "could not save the message" });
      });
  });
});

await new Promise<void>((resolve) => http.listen(0, "127.0.0.1", resolve));
const address = http.address();
console.log(`port ${typeof address === "object" && address ? address.port : 0}`);

process.once("SIGTERM", () => {
  void io
    .close()
    .then(() => pool.end())
    .finally(() => process.exit(0));
});
