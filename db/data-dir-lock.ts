import fs from "node:fs";
import path from "node:path";

export const LOCK_FILE = "arbiter.lock";

/** Another live process holds the embedded database's folder. */
export class DataDirLockedError extends Error {
  constructor(
    readonly dir: string,
    readonly holderPid: number,
  ) {
    super(
      `The embedded database folder ${dir} is in use by process ${holderPid} ` +
        `(lock file ${path.join(dir, LOCK_FILE)}). The embedded database allows one process per folder: ` +
        `stop process ${holderPid}, give this process another ARBITER_DATA_DIR, or use PostgreSQL ` +
        `(DATABASE_URL) to run several processes. ` +
        `嵌入式数据库目录 ${dir} 正被进程 ${holderPid} 使用;一个目录只能由一个进程打开。` +
        `请先停止该进程、换一个 ARBITER_DATA_DIR,或改用 PostgreSQL(DATABASE_URL)运行多个进程。`,
    );
    this.name = "DataDirLockedError";
  }
}

export interface DataDirLock {
  readonly file: string;
  /** Removes the lock file if it is still ours. Safe to call more than once. */
  release(): void;
}

/** Folders this process holds, so a lock file naming our own pid is only ours if we took it. */
const held = new Set<string>();

/**
 * Takes the exclusive lock on an embedded database folder: `<dir>/arbiter.lock` holding this
 * process's pid, created atomically (a hard link of a fully written temp file, which fails if
 * the lock exists). A lock whose process is gone (killed, crashed) is taken over; a live
 * holder makes this throw DataDirLockedError. The lock is released on close, on exit and on
 * SIGINT/SIGTERM.
 */
export function lockDataDir(dir: string): DataDirLock {
  const file = path.join(dir, LOCK_FILE);
  const resolved = path.resolve(file);
  if (held.has(resolved)) throw new DataDirLockedError(dir, process.pid);
  for (let attempt = 0; attempt < 5; attempt++) {
    if (tryCreate(file)) return holdLock(resolved);
    const holder = readPid(file);
    if (holder === null) continue; // removed meanwhile: try again
    if (holder !== process.pid && isAlive(holder)) throw new DataDirLockedError(dir, holder);
    removeStale(file, holder);
  }
  const holder = readPid(file);
  throw new DataDirLockedError(dir, holder ?? 0);
}

function tryCreate(file: string): boolean {
  const temp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(temp, `${process.pid}\n`);
  try {
    fs.linkSync(temp, file);
    return true;
  } catch (error) {
    if (errorCode(error) === "EEXIST") return false;
    throw error;
  } finally {
    fs.rmSync(temp, { force: true });
  }
}

/**
 * Moves a stale lock aside and checks that what was moved is the stale one. If another
 * process replaced it with its own lock in the meantime, that lock is put back.
 */
function removeStale(file: string, stalePid: number): void {
  const aside = `${file}.${process.pid}.stale`;
  try {
    fs.renameSync(file, aside);
  } catch (error) {
    if (errorCode(error) === "ENOENT") return;
    throw error;
  }
  try {
    const moved = readPid(aside);
    if (moved !== null && moved !== stalePid) {
      try {
        fs.linkSync(aside, file);
      } catch (error) {
        if (errorCode(error) !== "EEXIST") throw error;
      }
    }
  } finally {
    fs.rmSync(aside, { force: true });
  }
}

function holdLock(resolved: string): DataDirLock {
  held.add(resolved);
  let released = false;
  const release = () => {
    if (released) return;
    released = true;
    held.delete(resolved);
    process.removeListener("exit", release);
    for (const signal of SIGNALS) process.removeListener(signal, onSignal);
    if (readPid(resolved) === process.pid) fs.rmSync(resolved, { force: true });
  };
  // On a signal nobody else handles, release and die of that signal as Node would have.
  // When someone else handles it (Next does), they end the process and the exit hook releases.
  const onSignal = (signal: NodeJS.Signals) => {
    if (process.listenerCount(signal) > 1) return;
    release();
    process.kill(process.pid, signal);
  };
  process.on("exit", release);
  for (const signal of SIGNALS) process.on(signal, onSignal);
  return { file: resolved, release };
}

const SIGNALS = ["SIGINT", "SIGTERM"] as const;

function readPid(file: string): number | null {
  let text: string;
  try {
    text = fs.readFileSync(file, "utf8");
  } catch (error) {
    if (errorCode(error) === "ENOENT") return null;
    throw error;
  }
  const pid = Number.parseInt(text.trim(), 10);
  // An unreadable lock cannot name a live holder; 0 marks it stale.
  return Number.isSafeInteger(pid) && pid > 0 ? pid : 0;
}

function isAlive(pid: number): boolean {
  if (pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to another user.
    return errorCode(error) === "EPERM";
  }
}

function errorCode(error: unknown): string | undefined {
  return error instanceof Error && "code" in error && typeof error.code === "string" ? error.code : undefined;
}
