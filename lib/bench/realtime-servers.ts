// The servers of lib/bench/realtime.ts: bundled with esbuild, run with plain node in their own
// process, sampled through /proc while the benchmark measures.
import { execFile, execFileSync, spawn, type ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";
import { symlink } from "node:fs/promises";
import path from "node:path";
import { createInterface } from "node:readline";
import { promisify } from "node:util";

export const PROJECT_ROOT = path.resolve(import.meta.dirname, "../..");

/**
 * Bundles an entry into `outDir`. Packages stay external (as in production's node_modules), so
 * `outDir` gets a node_modules link to the project's: node resolves them from the bundle's place.
 */
export async function bundle(entry: string, outDir: string): Promise<string> {
  const outfile = path.join(outDir, `${path.basename(entry, ".ts")}.mjs`);
  const esbuild = path.join(PROJECT_ROOT, "node_modules/.bin/esbuild");
  const args = [
    entry,
    "--bundle",
    "--platform=node",
    "--format=esm",
    "--packages=external",
    `--outfile=${outfile}`,
    "--log-level=warning",
  ];
  await promisify(execFile)(esbuild, args, { cwd: PROJECT_ROOT });
  await symlink(path.join(PROJECT_ROOT, "node_modules"), path.join(outDir, "node_modules")).catch(
    (error: NodeJS.ErrnoException) => {
      if (error.code !== "EEXIST") throw error;
    },
  );
  return outfile;
}

export type ServerLog = { lines: string[]; count: number };

export type RunningServer = {
  name: string;
  pid: number;
  url: string;
  /** What the server wrote on stderr: the first lines kept, all counted. */
  log: ServerLog;
  /** Set when the process ended before we stopped it: its exit code or signal. */
  exited: () => string | null;
  stop: () => Promise<void>;
};

const KEPT_LOG_LINES = 50;
const children = new Set<ChildProcess>();

// Last resort if the harness dies without its finally blocks: no server outlives it.
process.once("exit", () => {
  for (const child of children) child.kill("SIGKILL");
});

/** Starts a bundled server with node; resolves once it prints its port. */
export async function startServer(
  name: string,
  bundlePath: string,
  env: Record<string, string>,
): Promise<RunningServer> {
  // BENCH_NODE_ARGS passes flags to the servers' node, e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof" to profile them.
  const nodeArgs = (process.env.BENCH_NODE_ARGS ?? "").split(" ").filter(Boolean);
  const child = spawn(process.execPath, [...nodeArgs, bundlePath], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  children.add(child);
  let exited: string | null = null;
  const log: ServerLog = { lines: [], count: 0 };
  const exit = new Promise<void>((resolve) =>
    child.once("exit", (code, signal) => {
      exited = signal ?? `exit code ${code}`;
      children.delete(child);
      resolve();
    }),
  );
  createInterface({ input: child.stderr! }).on("line", (line) => {
    log.count += 1;
    if (log.lines.length < KEPT_LOG_LINES) log.lines.push(line);
  });

  const stop = async () => {
    if (exited) return;
    child.kill("SIGTERM");
    const killer = setTimeout(() => child.kill("SIGKILL"), 3000);
    await exit;
    clearTimeout(killer);
  };

  try {
    const port = await readPort(child, exit, 30_000);
    if (!child.pid) throw new Error("no pid");
    return { name, pid: child.pid, url: `http://127.0.0.1:${port}`, log, exited: () => exited, stop };
  } catch (error) {
    await stop();
    throw new Error(
      `${name} server did not start (${error instanceof Error ? error.message : String(error)}); its stderr:\n${log.lines.join("\n")}`,
    );
  }
}

function readPort(child: ChildProcess, exit: Promise<void>, timeoutMs: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no port after ${timeoutMs} ms`)), timeoutMs);
    const lines = createInterface({ input: child.stdout! });
    lines.on("line", (line) => {
      const match = /^port (\d+)$/.exec(line);
      if (!match) return;
      clearTimeout(timer);
      resolve(Number(match[1]));
    });
    void exit.then(() => {
      clearTimeout(timer);
      reject(new Error("it exited"));
    });
  });
}

// Clock ticks per second, the unit of utime and stime in /proc/<pid>/stat.
const CLOCK_TICKS = (() => {
  try {
    return Number(execFileSync("getconf", ["CLK_TCK"], { encoding: "utf8" }).trim()) || 100;
  } catch {
    return 100;
  }
})();

/** CPU seconds the process has used so far (user + system), or null once it is gone. */
function cpuSeconds(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    // The command name is in parentheses and may hold spaces: count fields after it.
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS; // fields 14 and 15 of stat(5)
  } catch {
    return null;
  }
}

function rssMb(pid: number): number | null {
  try {
    const match = /^VmRSS:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return match ? Number(match[1]) / 1024 : null;
  } catch {
    return null;
  }
}

export type ProcessUsage = { cpuPercent: number | null; rssPeakMb: number | null };

/** Samples a process from now until `stop`: CPU as a percentage of one core, and its peak RSS. */
export function sampleProcess(pid: number, everyMs = 1000) {
  const startedAt = performance.now();
  const startCpu = cpuSeconds(pid);
  let rssPeak = rssMb(pid);
  const sample = () => {
    const rss = rssMb(pid);
    if (rss !== null) rssPeak = Math.max(rssPeak ?? 0, rss);
  };
  const timer = setInterval(sample, everyMs);
  return {
    stop(): ProcessUsage {
      clearInterval(timer);
      sample();
      const endCpu = cpuSeconds(pid);
      const seconds = (performance.now() - startedAt) / 1000;
      const cpuPercent =
        startCpu !== null && endCpu !== null && seconds > 0 ? ((endCpu - startCpu) / seconds) * 100 : null;
      return { cpuPercent, rssPeakMb: rssPeak };
    },
  };
}
