/** Helpers for route-handler tests: requests as a browser would send them, users with passwords. */
import { hashPassword } from "better-auth/crypto";
import type { DbOrTx } from "@/db/client";
import { accounts, users } from "@/db/schema";

export const ORIGIN = "http://localhost:3000";

/** A user who can sign in with e-mail and `password`. */
export async function createPasswordUser(db: DbOrTx, password: string): Promise<{ id: string; email: string }> {
  const id = crypto.randomUUID();
  const email = `signin-${id}@test.arbiter`;
  await db.insert(users).values({ id, name: `user ${id.slice(0, 8)}`, email });
  const hash = await hashPassword(password);
  await db
    .insert(accounts)
    .values({ id: crypto.randomUUID(), accountId: id, providerId: "credential", userId: id, password: hash });
  return { id, email };
}

/** A same-origin POST with a fixed-length body (Content-Length set). */
export function postJson(path: string, body: unknown, headers: Record<string, string> = {}): Request {
  const text = typeof body === "string" ? body : JSON.stringify(body);
  return new Request(`${ORIGIN}${path}`, {
    method: "POST",
    headers: {
      host: "localhost:3000",
      origin: ORIGIN,
      "content-type": "application/json",
      "content-length": String(Buffer.byteLength(text)),
      ...headers,
    },
    body: text,
  });
}

/**
 * A same-origin POST whose body arrives in chunks with no Content-Length (chunked transfer).
 * `pulled` reports how many bytes the handler has read, so a test can see it stopped early.
 */
export function postChunked(path: string, chunk: Uint8Array, chunks: number, headers: Record<string, string> = {}) {
  let sent = 0;
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (sent >= chunks) return controller.close();
      sent += 1;
      controller.enqueue(chunk);
    },
  });
  const req = new Request(`${ORIGIN}${path}`, {
    method: "POST",
    headers: { host: "localhost:3000", origin: ORIGIN, "content-type": "application/json", ...headers },
    body: stream,
    duplex: "half",
  } as RequestInit & { duplex: "half" });
  return { req, pulledChunks: () => sent };
}

/** An environment for code that takes `env`, holding only `vars`. */
export function testEnv(vars: Record<string, string> = {}): NodeJS.ProcessEnv {
  return { NODE_ENV: "test", ...vars };
}
