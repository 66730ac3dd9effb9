import { spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { childEnv, exited, runProcess, startProcess, waitForLine } from "@/server/test/processes/spawn";
import { openDb } from "./client";
import { DataDirLockedError, lockDataDir } from "./data-dir-lock";

const folders: string[] = [];
const children: ChildProcess[] = [];

function tempFolder(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "arbiter-lock-"));
  folders.push(dir);
  return dir;
}

/** A pid that no process has any more: a child that has already exited. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ["-e", "console.log(process.pid)"], { encoding: "utf8" });
  return Number(child.stdout.trim());
}

afterEach(() => {
  for (const child of children.splice(0))
    if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
  for (const dir of folders.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

describe("embedded database folder lock", () => {
  it("a second app process on the same folder refuses to start, naming the folder, the holder's pid and PostgreSQL", async () => {
    const dir = tempFolder();
    const holder = startProcess("hold-data-dir.ts", [dir], childEnv({}));
    children.push(holder);
    await waitForLine(holder, /^ready \d+/, 150_000);
    expect(fs.readFileSync(path.join(dir, "arbiter.lock"), "utf8").trim()).toBe(String(holder.pid));

    const second = await runProcess("boot-app.ts", [], childEnv({ DEMO: "1", ARBITER_DATA_DIR: dir }));

    expect(second.code).toBe(1);
    expect(second.stdout).not.toContain("booted");
    expect(second.stderr).toContain("refusing to start");
    expect(second.stderr).toContain(dir);
    expect(second.stderr).toContain(`process ${holder.pid}`);
    expect(second.stderr).toContain("PostgreSQL");
    // The refused process left the holder's lock alone.
    expect(fs.readFileSync(path.join(dir, "arbiter.lock"), "utf8").trim()).toBe(String(holder.pid));
  }, 240_000);

  it("the lock file is removed when the holding process is stopped with SIGTERM", async () => {
    const dir = tempFolder();
    const holder = startProcess("hold-data-dir.ts", [dir, "--lock-only"], childEnv({}));
    children.push(holder);
    await waitForLine(holder, /^ready \d+/);
    expect(fs.existsSync(path.join(dir, "arbiter.lock"))).toBe(true);

    holder.kill("SIGTERM");
    expect(await exited(holder)).toEqual({ code: null, signal: "SIGTERM" });
    expect(fs.existsSync(path.join(dir, "arbiter.lock"))).toBe(false);
  }, 120_000);

  it("a lock left by a killed process does not block a restart", async () => {
    const dir = tempFolder();
    const holder = startProcess("hold-data-dir.ts", [dir, "--lock-only"], childEnv({}));
    children.push(holder);
    await waitForLine(holder, /^ready \d+/);
    holder.kill("SIGKILL");
    await exited(holder);
    expect(fs.readFileSync(path.join(dir, "arbiter.lock"), "utf8").trim()).toBe(String(holder.pid));

    const handle = await openDb({ pgliteDir: dir });
    expect(fs.readFileSync(path.join(dir, "arbiter.lock"), "utf8").trim()).toBe(String(process.pid));
    await handle.close();
    expect(fs.existsSync(path.join(dir, "arbiter.lock"))).toBe(false);
  }, 120_000);

  it("takes over a lock file naming a dead pid, and one that names no pid", () => {
    const dir = tempFolder();
    const file = path.join(dir, "arbiter.lock");
    fs.writeFileSync(file, `${deadPid()}\n`);
    const lock = lockDataDir(dir);
    expect(fs.readFileSync(file, "utf8")).toBe(`${process.pid}\n`);
    lock.release();
    expect(fs.existsSync(file)).toBe(false);

    fs.writeFileSync(file, "");
    const again = lockDataDir(dir);
    expect(fs.readFileSync(file, "utf8")).toBe(`${process.pid}\n`);
    again.release();
  });

  it("refuses a folder whose lock names a live process, and leaves that lock in place", () => {
    const dir = tempFolder();
    const file = path.join(dir, "arbiter.lock");
    // The test runner's parent process is alive for as long as this test runs.
    fs.writeFileSync(file, `${process.ppid}\n`);
    expect(() => lockDataDir(dir)).toThrow(DataDirLockedError);
    expect(() => lockDataDir(dir)).toThrow(`in use by process ${process.ppid}`);
    expect(fs.readFileSync(file, "utf8")).toBe(`${process.ppid}\n`);
  });

  it("refuses to open the same folder twice in one process", () => {
    const dir = tempFolder();
    const lock = lockDataDir(dir);
    expect(() => lockDataDir(dir)).toThrow(DataDirLockedError);
    lock.release();
    lockDataDir(dir).release();
  });

  it("release leaves a lock that is no longer ours", () => {
    const dir = tempFolder();
    const file = path.join(dir, "arbiter.lock");
    const lock = lockDataDir(dir);
    fs.writeFileSync(file, `${process.ppid}\n`);
    lock.release();
    expect(fs.readFileSync(file, "utf8")).toBe(`${process.ppid}\n`);
  });
});
