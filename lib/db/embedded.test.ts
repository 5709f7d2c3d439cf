import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { chmod, mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { checkReachableByPostgres, reclaimDataDir } from "./embedded";

let root: string;
beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), "summit-embedded-"));
});
afterEach(() => rm(root, { recursive: true, force: true }));

const lockFor = async (pid: number) => {
  const dir = path.join(root, "postgres");
  await mkdir(dir, { recursive: true });
  await writeFile(path.join(dir, "postmaster.pid"), `${pid}\n${dir}\n`);
  return dir;
};

describe("reclaimDataDir", () => {
  it("forgets a lock whose process is gone (a power cut)", async () => {
    const dir = await lockFor(2 ** 22 + 17); // above Linux's pid_max: never a live process
    await reclaimDataDir(dir);
    expect(existsSync(path.join(dir, "postmaster.pid"))).toBe(false);
  });

  it("forgets a lock whose pid now belongs to an unrelated program", async () => {
    const dir = await lockFor(process.pid);
    await reclaimDataDir(dir);
    expect(existsSync(path.join(dir, "postmaster.pid"))).toBe(false);
  });

  it("stops an orphan holding the folder, then forgets its lock", async () => {
    const dir = path.join(root, "postgres");
    await mkdir(dir);
    // Stands in for a PostgreSQL left behind: a process whose command line names the folder.
    const orphan = spawn(process.execPath, ["-e", "setInterval(() => {}, 1000)", dir], {
      detached: true,
      stdio: "ignore",
    });
    orphan.unref();
    const exited = new Promise((resolve) => orphan.once("exit", resolve));
    await writeFile(path.join(dir, "postmaster.pid"), `${orphan.pid}\n${dir}\n`);
    await reclaimDataDir(dir);
    await exited;
    expect(existsSync(path.join(dir, "postmaster.pid"))).toBe(false);
  });
});

describe("checkReachableByPostgres", () => {
  it("names the private folder and the fix", async () => {
    const hidden = path.join(root, "private");
    await mkdir(path.join(hidden, "app"), { recursive: true });
    await chmod(hidden, 0o700);
    expect(() => checkReachableByPostgres([path.join(hidden, "app", "postgres")])).toThrow(`chmod o+x ${hidden}`);
  });

  it("accepts folders others may enter", async () => {
    await chmod(root, 0o755);
    expect(() => checkReachableByPostgres([path.join(root, "postgres")])).not.toThrow();
  });
});
