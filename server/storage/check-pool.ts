/**
 * A small, bounded pool of worker threads that run the CPU-heavy upload checks (content-checks.ts),
 * so inflating an archive or re-encoding an image never blocks the server's event loop. At most
 * CHECK_POOL_SIZE checks run at once; the rest wait in order. Idle workers are unref'd and do not
 * keep the process alive.
 */
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
// sharp's native libraries must stay loaded by the main thread while workers come and go
// (glibc unloads them otherwise).
import "sharp";
import { DomainError, type DomainErrorKind, type LocalizedText } from "@/server/domain/errors";
import type { FileKind } from "@/server/domain/files";
import type { CheckedContent } from "./content-checks";

export const CHECK_POOL_SIZE = 2;

export interface CheckRequest {
  kind: FileKind;
  bytes: Uint8Array;
}

export interface SerializedDomainError {
  kind: DomainErrorKind;
  code: string;
  text: LocalizedText;
  details?: Record<string, unknown>;
}

export type CheckReply =
  { ok: true; content: CheckedContent } | { ok: false; error: SerializedDomainError } | { ok: false; failure: string };

interface Job {
  request: CheckRequest;
  resolve: (content: CheckedContent) => void;
  reject: (error: unknown) => void;
}

interface Slot {
  worker: Worker;
  job: Job | null;
  dead: boolean;
}

const idle: Slot[] = [];
const queue: Job[] = [];
let live = 0;

function spawn(): Worker {
  if (process.env.VITEST) return spawnFromSource();
  // Next (Turbopack) bundles the worker file from this exact `new Worker(new URL(…, import.meta.url))` shape.
  return new Worker(new URL("./upload-check.worker.ts", import.meta.url));
}

/** Under vitest the worker is the TypeScript source: tsx compiles it inside the worker. */
function spawnFromSource(): Worker {
  const source = pathToFileURL(path.join(path.dirname(fileURLToPath(import.meta.url)), "upload-check.worker.ts")).href;
  const boot = `import("tsx/esm/api").then(({ register }) => { register(); return import(${JSON.stringify(source)}); });`;
  return new Worker(boot, { eval: true });
}

function settle(job: Job, reply: CheckReply): void {
  if (reply.ok) job.resolve(reply.content);
  else if ("error" in reply) {
    const { kind, code, text, details } = reply.error;
    job.reject(new DomainError(kind, code, text, details));
  } else job.reject(new Error(`upload check failed: ${reply.failure}`));
}

function retire(slot: Slot, error: Error): void {
  if (slot.dead) return;
  slot.dead = true;
  live -= 1;
  const at = idle.indexOf(slot);
  if (at >= 0) idle.splice(at, 1);
  const job = slot.job;
  slot.job = null;
  job?.reject(error);
  pump();
}

function create(): Slot {
  const slot: Slot = { worker: spawn(), job: null, dead: false };
  live += 1;
  slot.worker.on("message", (reply: CheckReply) => {
    const job = slot.job;
    slot.job = null;
    slot.worker.unref();
    idle.push(slot);
    if (job) settle(job, reply);
    pump();
  });
  slot.worker.on("error", (error) => retire(slot, error));
  slot.worker.on("exit", (code) => retire(slot, new Error(`upload-check worker exited with code ${code}`)));
  return slot;
}

function pump(): void {
  for (let job = queue[0]; job; job = queue[0]) {
    const slot = idle.pop() ?? (live < CHECK_POOL_SIZE ? create() : null);
    if (!slot) return;
    queue.shift();
    slot.job = job;
    slot.worker.ref();
    // An exact-size copy, handed over without a second copy.
    const bytes = job.request.bytes.slice();
    slot.worker.postMessage({ kind: job.request.kind, bytes } satisfies CheckRequest, [bytes.buffer]);
  }
}

/** Runs the content check for `kind` in a worker; rejects with the check's DomainError when the file is refused. */
export function runContentCheck(kind: FileKind, bytes: Uint8Array): Promise<CheckedContent> {
  return new Promise((resolve, reject) => {
    queue.push({ request: { kind, bytes }, resolve, reject });
    pump();
  });
}
