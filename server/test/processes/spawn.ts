import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";

/** Environment for helper processes: this one's, without what the test runner sets. */
export function childEnv(extra: Record<string, string | undefined>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const key of [
    "NODE_ENV",
    "DEMO",
    "BETTER_AUTH_SECRET",
    "BETTER_AUTH_URL",
    "DATABASE_URL",
    "VITEST",
    "VITEST_POOL_ID",
    "VITEST_WORKER_ID",
  ]) {
    delete env[key];
  }
  for (const [key, value] of Object.entries(extra)) if (value !== undefined) env[key] = value;
  return env;
}

/** Starts `server/test/processes/<script>` under tsx. */
export function startProcess(script: string, args: string[], env: NodeJS.ProcessEnv): ChildProcess {
  const file = path.join(process.cwd(), "server", "test", "processes", script);
  return spawn(process.execPath, ["--import", "tsx", file, ...args], { env, stdio: ["ignore", "pipe", "pipe"] });
}

export interface Finished {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Runs a helper process to its end (killing it after `timeoutMs`). */
export function runProcess(
  script: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  timeoutMs = 45_000,
): Promise<Finished> {
  const child = startProcess(script, args, env);
  let stdout = "";
  let stderr = "";
  child.stdout?.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  const timer = setTimeout(() => child.kill("SIGKILL"), timeoutMs);
  return new Promise((resolve) => {
    child.on("exit", (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout, stderr });
    });
  });
}

/** Resolves with the first stdout line matching `pattern` (rejects if the process ends first). */
export function waitForLine(child: ChildProcess, pattern: RegExp, timeoutMs = 45_000): Promise<string> {
  return new Promise((resolve, reject) => {
    let seen = "";
    let errors = "";
    const timer = setTimeout(
      () => reject(new Error(`timed out waiting for ${String(pattern)}: ${seen}${errors}`)),
      timeoutMs,
    );
    child.stderr?.on("data", (chunk: Buffer) => (errors += chunk.toString()));
    child.stdout?.on("data", (chunk: Buffer) => {
      seen += chunk.toString();
      const line = seen.split("\n").find((l) => pattern.test(l));
      if (line) {
        clearTimeout(timer);
        resolve(line);
      }
    });
    child.on("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`process ended (${String(code)}) before ${String(pattern)}: ${seen}${errors}`));
    });
  });
}

/** Resolves when the process has ended. */
export function exited(child: ChildProcess): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
  if (child.exitCode !== null || child.signalCode !== null)
    return Promise.resolve({ code: child.exitCode, signal: child.signalCode });
  return new Promise((resolve) => child.on("exit", (code, signal) => resolve({ code, signal })));
}
