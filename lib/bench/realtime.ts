// Benchmark: Summit's realtime server under a whole school's chat, next to a bare Socket.IO chat
// that does one INSERT per message (lib/bench/realtime-baseline.ts). At each level of students
// it seats a class through the repositories, then runs both servers in turn, each bundled with
// esbuild and run by plain node in its own process, and measures ack and fan-out latency.
//
//   npx tsx lib/bench/realtime.ts [students...]        (default: 200 500 1000 2000)
//
// Uses DATABASE_URL's server (the role must be allowed to CREATE DATABASE) or an embedded one.
// Environment (all optional):
//   BENCH_WINDOW_S=60        measured seconds         BENCH_WARMUP_S=10      unmeasured seconds first
//   BENCH_PERIOD_S=10        seconds between one client's messages
//   BENCH_CONNECT_RATE=100   connections opened a second
//   BENCH_SESSION_SIZE=33    sessions = students / 33, rounded down
//   BENCH_TABLE_SIZE=9       tables per session = its students / 9, rounded up
//   BENCH_ACK_TIMEOUT_S=10   BENCH_LOST_AFTER_S=5   BENCH_TARGETS=summit,baseline (which to run)
//   BENCH_PAIRS=1            runs of each target per level, interleaved; the summary decides on their medians
//   BENCH_PROCESSES=1        Summit processes sharing the class through the PostgreSQL adapter;
//                            tablemates alternate between them, so fan-out crosses processes
// Exits non-zero only when the harness itself fails, never because a target was missed.
import { randomBytes } from "node:crypto";
import os from "node:os";
import path from "node:path";
import type { Db } from "@/lib/db";
import { createTeacher } from "@/lib/repositories/teachers";
import { setUpClass, type ClassSetup } from "./realtime-class";
import { runLoad, type LoadClient, type LoadOptions, type LoadResult } from "./realtime-load";
import { bundle, startServer, type RunningServer } from "./realtime-servers";
import { bundleFolder, createCleanup, openBenchDatabase, type Cleanup } from "./setup";

// ---------------------------------------------------------------------------------- options

const TARGET_NAMES = ["summit", "baseline"] as const;
type TargetName = (typeof TARGET_NAMES)[number];

type Options = LoadOptions & {
  levels: number[];
  sessionSize: number;
  tableSize: number;
  targets: TargetName[];
  processes: number;
  pairs: number;
};

/** What a level must show for Summit to "hold" it. */
const GOALS = { ackP95Ms: 50, fanoutP95Ms: 50, ratio: 1.5 };

function numberFromEnv(name: string, fallback: number, min: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === "") return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value < min) throw new Error(`${name} must be a number ≥ ${min}, not "${raw}"`);
  return value;
}

function readOptions(argv: string[]): Options {
  const levels = argv.length > 0 ? argv.map(Number) : [200, 500, 1000, 2000];
  const bad = argv.find((arg) => !/^[1-9]\d*$/.test(arg));
  if (bad !== undefined) throw new Error(`levels are whole numbers of students, not "${bad}"`);
  const targets = (process.env.BENCH_TARGETS ?? TARGET_NAMES.join(",")).split(",").map((t) => t.trim().toLowerCase());
  const unknown = targets.find((t) => !(TARGET_NAMES as readonly string[]).includes(t));
  if (unknown !== undefined)
    throw new Error(`BENCH_TARGETS: unknown target "${unknown}" (use ${TARGET_NAMES.join(", ")})`);
  return {
    levels,
    // Summit first, then the baseline, whatever order they were listed in.
    targets: TARGET_NAMES.filter((t) => targets.includes(t)),
    windowMs: numberFromEnv("BENCH_WINDOW_S", 60, 1) * 1000,
    processes: Math.round(numberFromEnv("BENCH_PROCESSES", 1, 1)),
    pairs: Math.round(numberFromEnv("BENCH_PAIRS", 1, 1)),
    warmupMs: numberFromEnv("BENCH_WARMUP_S", 10, 0) * 1000,
    periodMs: numberFromEnv("BENCH_PERIOD_S", 10, 0.1) * 1000,
    connectPerSecond: numberFromEnv("BENCH_CONNECT_RATE", 100, 1),
    sessionSize: Math.round(numberFromEnv("BENCH_SESSION_SIZE", 33, 1)),
    tableSize: Math.round(numberFromEnv("BENCH_TABLE_SIZE", 9, 1)),
    ackTimeoutMs: numberFromEnv("BENCH_ACK_TIMEOUT_S", 10, 0.1) * 1000,
    lostAfterMs: numberFromEnv("BENCH_LOST_AFTER_S", 5, 0.1) * 1000,
  };
}

// ---------------------------------------------------------------------------------- one level

type TargetRun = {
  target: TargetName;
  result: LoadResult;
  serverLog: { lines: string[]; count: number };
  exited: string | null;
};
type LevelResult = { students: number; setup: ClassSetup; runs: Partial<Record<TargetName, TargetRun>> };

type Bench = {
  db: Db;
  databaseUrl: string;
  secret: string;
  teacher: { id: string; name: string };
  bundles: Record<TargetName, string>;
  cleanup: Cleanup;
  options: Options;
};

/** The same students for both targets: Summit's carry their cookie, the baseline's name their table's room. */
function clientsFor(target: TargetName, setup: ClassSetup, level: number): LoadClient[] {
  return setup.students.map((student) =>
    target === "summit"
      ? { table: student.table, auth: { as: "student" }, cookie: student.cookie }
      : { table: student.table, auth: { room: `level-${level}-table-${student.table}`, name: student.name } },
  );
}

async function runTarget(bench: Bench, target: TargetName, setup: ClassSetup, level: number): Promise<TargetRun> {
  const processes = target === "summit" ? bench.options.processes : 1;
  const env: Record<string, string> = {
    NODE_ENV: "production",
    BENCH_DATABASE_URL: bench.databaseUrl,
    BENCH_SECRET: bench.secret,
    BENCH_SHARED: processes > 1 ? "1" : "0",
  };
  const servers = await Promise.all(
    Array.from({ length: processes }, () => startServer(target, bench.bundles[target], env)),
  );
  const unregister = bench.cleanup.add(`stop the ${target} server`, () => Promise.all(servers.map((s) => s.stop())));
  const [first] = servers as [RunningServer, ...RunningServer[]];
  try {
    const clients = clientsFor(target, setup, level).map((client, i) => ({
      ...client,
      url: servers[i % processes]?.url,
    }));
    const result = await runLoad(
      { name: target, url: first.url, serverPid: first.pid, syncOnConnect: target === "summit" },
      clients,
      bench.options,
    );
    return {
      target,
      result,
      serverLog: first.log,
      exited: servers.map((s) => s.exited()).find((e) => e !== null) ?? null,
    };
  } finally {
    unregister();
    await Promise.all(servers.map((s) => s.stop()));
  }
}

async function runLevel(bench: Bench, students: number): Promise<LevelResult> {
  const { options } = bench;
  console.log(`\n${students} students: seating the class…`);
  const started = performance.now();
  const setup = await setUpClass(bench.db, bench.teacher, students, options, bench.secret, `Bench ${students}`);
  console.log(
    `  ${plural(setup.sessions, "session")}, ${plural(setup.tableSizes.length, "table")} (${range(setup.tableSizes)} students each), seated in ${seconds(performance.now() - started)}`,
  );
  const level: LevelResult = { students, setup, runs: {} };
  for (const target of options.targets) {
    console.log(
      `  running ${label(target)}: connecting ${students} clients at ${options.connectPerSecond}/s, ${options.warmupMs / 1000} s warm-up, ${options.windowMs / 1000} s measured…`,
    );
    level.runs[target] = await runTarget(bench, target, setup, students);
  }
  printLevel(level, options);
  return level;
}

// ---------------------------------------------------------------------------------- figures

const LEGEND = (o: Options) =>
  [
    "ack: send → its ack. fan-out: send → arrival at each tablemate. Both over sends in the measured window.",
    `failed: sends answered with an error, not acked within ${o.ackTimeoutMs / 1000} s, or made while disconnected.`,
    `lost: acked messages that some connected tablemate had not received ${o.lostAfterMs / 1000} s after the ack.`,
    "connect: opening the socket → handshake accepted (Summit: → its session:sync answered).",
    `CPU: the server process over the window, % of one core. RSS: its peak.${o.processes > 1 ? ` Summit runs as ${o.processes} processes: CPU and RSS are the first one's.` : ""}`,
  ].join("\n");

/** Nearest-rank percentile; null when there is nothing to rank. */
function percentile(values: number[], p: number): number | null {
  if (values.length === 0) return null;
  const sorted = Float64Array.from(values).sort();
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? null;
}

const failedCount = (result: LoadResult) => [...result.failures.values()].reduce((sum, n) => sum + n, 0);
const ratioOf = (a: number | null, b: number | null) => (a !== null && b !== null && b > 0 ? a / b : null);
const label = (target: TargetName) => (target === "summit" ? "Summit" : "baseline");
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const ms = (value: number | null) => (value === null ? "–" : `${value.toFixed(1)} ms`);
const times = (value: number | null) => (value === null ? "–" : `${value.toFixed(1)}×`);
const plural = (n: number, noun: string) => `${n} ${noun}${n === 1 ? "" : "s"}`;
function range(values: number[]): string {
  if (values.length === 0) return "–";
  const [low, high] = [Math.min(...values), Math.max(...values)];
  return low === high ? String(low) : `${low}–${high}`;
}

/** The columns of one row, each with its header. */
function row(run: TargetRun): [string, string][] {
  const r = run.result;
  return [
    ["ack p50", ms(percentile(r.ackMs, 50))],
    ["ack p95", ms(percentile(r.ackMs, 95))],
    ["ack p99", ms(percentile(r.ackMs, 99))],
    ["fan-out p95", ms(percentile(r.fanoutMs, 95))],
    ["failed", String(failedCount(r))],
    ["lost", String(r.lost)],
    ["connect p95", ms(percentile(r.connectMs, 95))],
    ["CPU", r.server.cpuPercent === null ? "–" : `${r.server.cpuPercent.toFixed(0)}%`],
    ["RSS", r.server.rssPeakMb === null ? "–" : `${r.server.rssPeakMb.toFixed(0)} MB`],
  ];
}

function table(header: string[], rows: string[][], firstWidth: number): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)) + (i === 0 ? 0 : 2));
  widths[0] = Math.max(widths[0] ?? 0, firstWidth);
  const line = (cells: string[]) =>
    cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0))).join("");
  return [line(header), ...rows.map(line)].join("\n");
}

function printLevel(level: LevelResult, options: Options) {
  const runs = TARGET_NAMES.flatMap((t) => (level.runs[t] ? [level.runs[t]] : [])).reverse(); // baseline first
  const header = ["", ...(runs[0] ? row(runs[0]).map(([h]) => h) : [])];
  console.log(
    `\n${level.students} students, ${plural(level.setup.sessions, "session")}, 1 message / ${options.periodMs / 1000} s each, ${options.windowMs / 1000} s measured`,
  );
  console.log(
    table(
      header,
      runs.map((run) => [label(run.target), ...row(run).map(([, v]) => v)]),
      12,
    ),
  );
  const { summit, baseline } = level.runs;
  if (summit && baseline) {
    const ack = ratioOf(percentile(summit.result.ackMs, 95), percentile(baseline.result.ackMs, 95));
    const fanout = ratioOf(percentile(summit.result.fanoutMs, 95), percentile(baseline.result.fanoutMs, 95));
    console.log(`ratio (Summit / baseline) ack p95: ${times(ack)}, fan-out p95: ${times(fanout)}`);
  }
  for (const run of runs) printDetails(run);
}

/** What the table leaves out: counts, why sends failed, what the server logged, the client's own load. */
function printDetails(run: TargetRun) {
  const r = run.result;
  const copies = r.fanoutMs.length;
  console.log(
    `  ${label(run.target)}: ${r.connected}/${r.clients} connected, ${r.sent} sends measured, ${r.ackMs.length} acked, ${copies} copies received by tablemates` +
      `${r.lostCopies ? `, ${r.lostCopies} copies missing` : ""}${r.misrouted ? `, ${r.misrouted} copies at the wrong table` : ""}, ${r.disconnects} disconnects;` +
      ` bench process ${r.benchCpuPercent.toFixed(0)}% CPU, event-loop lag p99 ${ms(r.benchLagP99Ms)}`,
  );
  console.log(
    `    connect-to-synced p50 ${ms(percentile(r.connectMs, 50))}, p95 ${ms(percentile(r.connectMs, 95))}, max ${ms(percentile(r.connectMs, 100))}; handshake alone p50 ${ms(percentile(r.handshakeMs, 50))}, p95 ${ms(percentile(r.handshakeMs, 95))}`,
  );
  for (const [reason, n] of r.connectFailures) console.log(`    connect failed ×${n}: ${reason}`);
  for (const [reason, n] of r.failures) console.log(`    send failed ×${n}: ${reason}`);
  if (run.exited) console.log(`    the server process ended during the run (${run.exited})`);
  if (run.serverLog.count > 0) {
    console.log(`    server stderr: ${run.serverLog.count} line(s), first ones:`);
    for (const line of run.serverLog.lines.slice(0, 5)) console.log(`      ${line.slice(0, 400)}`);
  }
}

/** A level's figures for the goals: one run's, or the medians over its pairs of runs. */
type Figures = {
  students: number;
  label: string;
  baselineAck: number | null;
  summitAck: number | null;
  fanout: number | null;
  summitFailed: number | null;
  baselineFailed: number | null;
};

function figuresOf(level: LevelResult, label: string): Figures {
  const summit = level.runs.summit?.result;
  const baseline = level.runs.baseline?.result;
  return {
    students: level.students,
    label,
    baselineAck: baseline ? percentile(baseline.ackMs, 95) : null,
    summitAck: summit ? percentile(summit.ackMs, 95) : null,
    fanout: summit ? percentile(summit.fanoutMs, 95) : null,
    summitFailed: summit ? failedCount(summit) : null,
    baselineFailed: baseline ? failedCount(baseline) : null,
  };
}

const median = (values: (number | null)[]) => {
  const known = values.filter((v): v is number => v !== null).sort((a, b) => a - b);
  return known.length === 0 ? null : (known[Math.floor((known.length - 1) / 2)] ?? null);
};

function medianOf(pairs: Figures[]): Figures {
  const first = pairs[0] as Figures;
  const sum = (values: (number | null)[]) =>
    values.every((v) => v === null) ? null : values.reduce<number>((a, v) => a + (v ?? 0), 0);
  return {
    students: first.students,
    label: `${first.students} (median of ${pairs.length})`,
    baselineAck: median(pairs.map((f) => f.baselineAck)),
    summitAck: median(pairs.map((f) => f.summitAck)),
    fanout: median(pairs.map((f) => f.fanout)),
    // Failures are never averaged away: the pairs' total.
    summitFailed: sum(pairs.map((f) => f.summitFailed)),
    baselineFailed: sum(pairs.map((f) => f.baselineFailed)),
  };
}

/** Why Summit missed a level's goals; empty when it held them. */
function misses(f: Figures): string[] {
  if (f.summitAck === null) return ["Summit not run"];
  const ratio = ratioOf(f.summitAck, f.baselineAck);
  const found: string[] = [];
  // Two decimals for the ratio: a miss by a hair must not read "ratio 1.5× > 1.5×".
  if ((f.summitFailed ?? 0) > 0) found.push(`${f.summitFailed} failed sends`);
  if (f.summitAck > GOALS.ackP95Ms) found.push(`ack p95 ${ms(f.summitAck)} > ${GOALS.ackP95Ms} ms`);
  if (ratio === null || ratio > GOALS.ratio)
    found.push(`ratio ${ratio === null ? "–" : `${ratio.toFixed(2)}×`} > ${GOALS.ratio}×`);
  if (f.fanout === null || f.fanout > GOALS.fanoutP95Ms)
    found.push(`fan-out p95 ${ms(f.fanout)} > ${GOALS.fanoutP95Ms} ms`);
  return found;
}

/** One row per run; with several pairs per level, a median row after them decides the level. */
function printSummary(levels: LevelResult[][]) {
  console.log("\nSummary");
  const header = [
    "students",
    "baseline ack p95",
    "Summit ack p95",
    "ratio",
    "Summit fan-out p95",
    "Summit failed",
    "baseline failed",
  ];
  const decisive: Figures[] = [];
  const rows: string[][] = [];
  for (const pairs of levels) {
    const figures = pairs.map((level, i) =>
      figuresOf(level, pairs.length > 1 ? `${level.students} #${i + 1}` : String(level.students)),
    );
    const decide = figures.length > 1 ? medianOf(figures) : (figures[0] as Figures);
    for (const f of figures.length > 1 ? [...figures, decide] : figures) {
      rows.push([
        f.label,
        ms(f.baselineAck),
        ms(f.summitAck),
        times(ratioOf(f.summitAck, f.baselineAck)),
        ms(f.fanout),
        f.summitFailed === null ? "–" : String(f.summitFailed),
        f.baselineFailed === null ? "–" : String(f.baselineFailed),
      ]);
    }
    decisive.push(decide);
  }
  console.log(table(header, rows, 8));
  const goals = `0 failed sends, ack p95 ≤ ${GOALS.ackP95Ms} ms, ratio ≤ ${GOALS.ratio}×, fan-out p95 ≤ ${GOALS.fanoutP95Ms} ms`;
  const held = decisive.filter((f) => misses(f).length === 0).map((f) => f.students);
  console.log(
    `\nHighest level where Summit held ${goals}: ${held.length > 0 ? `${Math.max(...held)} students` : "none"}`,
  );
  for (const f of decisive) {
    const missed = misses(f);
    if (missed.length > 0) console.log(`  ${f.students}: missed (${missed.join(", ")})`);
  }
}

// ---------------------------------------------------------------------------------- main

async function main(cleanup: Cleanup): Promise<void> {
  const options = readOptions(process.argv.slice(2));
  // Thousands of sockets in this process: Node's warning about many listeners would be noise.
  process.setMaxListeners(0);

  const { url: databaseUrl, db } = await openBenchDatabase(cleanup);
  const outDir = await bundleFolder(cleanup);
  const entries: Record<TargetName, string> = { summit: "realtime-summit.ts", baseline: "realtime-baseline.ts" };
  const built = await Promise.all(TARGET_NAMES.map((t) => bundle(path.join(import.meta.dirname, entries[t]), outDir)));
  const bundles = Object.fromEntries(TARGET_NAMES.map((t, i) => [t, built[i] as string])) as Record<TargetName, string>;

  const teacher = await createTeacher(db, {
    name: "Bench Teacher",
    email: `bench-${Date.now()}@example.test`,
    password: "bench-password",
  });
  const bench: Bench = {
    db,
    databaseUrl,
    secret: randomBytes(32).toString("hex"),
    teacher,
    bundles,
    cleanup,
    options,
  };
  console.log(
    `Levels: ${options.levels.join(", ")} students; targets: ${options.targets.map(label).join(", ")}; ${os.cpus().length} CPU cores on this machine.`,
  );
  console.log(LEGEND(options));

  const levels: LevelResult[][] = [];
  for (const students of options.levels) {
    const pairs: LevelResult[] = [];
    // Pairs interleave the targets (Summit, baseline, Summit, …) so a noisy minute hits both.
    for (let pair = 1; pair <= options.pairs; pair++) pairs.push(await runLevel(bench, students));
    levels.push(pairs);
  }
  printSummary(levels);
}

const cleanup = createCleanup();
let interrupted = false;
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    interrupted = true;
    console.error(`\n${signal}: cleaning up…`);
    void cleanup.run().finally(() => process.exit(130));
  });
}
let exitCode = 0;
try {
  await main(cleanup);
} catch (error) {
  // Once interrupted, cleanup closes what the run still uses: its errors are not news.
  if (!interrupted) console.error("The benchmark harness failed:", error);
  exitCode = interrupted ? 130 : 1;
} finally {
  await cleanup.run();
}
process.exit(exitCode);
