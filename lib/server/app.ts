import { createServer, type Server as HttpServer } from "node:http";
import next from "next";
import pg from "pg";
import { closeDb, getDb } from "@/lib/db";
import { readEnv } from "@/lib/env";
import { ADDRESS_HEADER, addressOf } from "@/lib/net/address";
import { refuseBody, securityHeaders } from "@/lib/net/http";
import { setPublisher } from "@/lib/realtime/publish";
import { createRealtime, type Realtime } from "@/lib/realtime/server";
import { applyRetention } from "@/lib/repositories/privacy";

export type RunningApp = { httpServer: HttpServer; realtime: Realtime; close: () => Promise<void> };

/**
 * One Summit process: Next's pages and Socket.IO on one HTTP server (not yet listening). With
 * `shared`, broadcasts also reach the sockets of the other processes on this database.
 */
export async function startApp({ secret, shared }: { secret: string; shared: boolean }): Promise<RunningApp> {
  const env = readEnv();
  const db = getDb();
  const app = next({ dev: env.NODE_ENV !== "production", hostname: "localhost", port: env.PORT });
  await app.prepare();
  const handle = app.getRequestHandler();
  const trustProxy = env.TRUST_PROXY === "1";
  const httpServer = createServer((req, res) => {
    // Who is asking, for the limits: stamped here so no client can choose it.
    req.headers[ADDRESS_HEADER] = addressOf(req, trustProxy);
    for (const [name, value] of securityHeaders(req, trustProxy)) res.setHeader(name, value);
    const refused = refuseBody(req);
    if (refused) {
      res
        .writeHead(refused.status, { "content-type": "application/json; charset=utf-8" })
        .end(JSON.stringify({ error: refused.error }));
      return;
    }
    void handle(req, res);
  });
  // The adapter's own small pool: one connection LISTENs for the whole process, others NOTIFY.
  const adapterPool = shared ? new pg.Pool({ connectionString: env.DATABASE_URL, max: 4 }) : undefined;
  adapterPool?.on("error", (error) => console.error("[adapter] idle connection lost", error.message));
  // The adapter keeps its LISTEN connection checked out with no error listener: without this one a
  // database restart would crash the process; the adapter reconnects when the connection ends.
  adapterPool?.on("connect", (client) =>
    client.on("error", (error) => console.error("[adapter] connection lost", error.message)),
  );
  const realtime = await createRealtime(httpServer, {
    db,
    secret,
    allowedOrigins: [process.env.NEXTAUTH_URL ?? "", ...env.SUMMIT_ALLOWED_ORIGINS.split(",")].filter(Boolean),
    trustProxy,
    adapterPool,
  });
  setPublisher(realtime.publish);

  // Retention: sessions past their teacher's retention period lose their student data, hourly.
  // Every process may run it: the deletes are conditional, a second run finds nothing.
  const sweep = () =>
    applyRetention(db)
      .then((count) => count > 0 && console.log(`Retention: deleted ${count} expired session(s)`))
      .catch((error: unknown) => console.error("[retention] failed", error));
  void sweep();
  const sweeper = setInterval(() => void sweep(), 60 * 60 * 1000);
  sweeper.unref();

  return {
    httpServer,
    realtime,
    close: async () => {
      clearInterval(sweeper);
      setPublisher(undefined);
      await realtime.close().catch(() => {});
      httpServer.closeAllConnections();
      await app.close().catch(() => {});
      await adapterPool?.end().catch(() => {});
      await closeDb(db).catch(() => {});
    },
  };
}
