import { z } from "zod";
import type { Context } from "@/server/context";
import { runIdempotent } from "@/server/services/idempotency/run-idempotent";
import type { ServiceContext } from "@/server/services/service-context";

/**
 * The client's token for one form submission (the browser sends a fresh crypto.randomUUID()
 * per submission and the same one when it retries that submission).
 */
export const idempotencyKeyInput = z
  .string({ error: "缺少请求标识 / The request key is missing" })
  .min(8, { error: "请求标识至少 8 个字符 / The request key needs at least 8 characters" })
  .max(100, { error: "请求标识最多 100 个字符 / The request key has at most 100 characters" })
  .regex(/^[\w.:-]+$/, {
    error: "请求标识只能包含字母、数字和 - _ . : / The request key may hold letters, digits and - _ . : only",
  });

/** A keyed procedure's parsed input: the key, and the verb's own input without it. */
export interface Keyed<T> {
  idempotencyKey: string;
  input: T;
}

/**
 * The verb's input schema plus a required `idempotencyKey`, sent flat beside the other fields.
 * The key is split off before the verb's schema (often strict) sees the rest.
 */
export function keyed<S extends z.ZodType>(
  schema: S,
): z.ZodType<Keyed<z.output<S>>, z.input<S> & { idempotencyKey: string }> {
  return z.looseObject({ idempotencyKey: idempotencyKeyInput }).transform(async (raw, ctx) => {
    const { idempotencyKey, ...rest } = raw;
    const parsed = await schema.safeParseAsync(rest);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) ctx.addIssue({ ...issue });
      return z.NEVER;
    }
    return { idempotencyKey, input: parsed.data };
  }) as unknown as z.ZodType<Keyed<z.output<S>>, z.input<S> & { idempotencyKey: string }>;
}

interface KeyedCall<T> {
  ctx: { service: ServiceContext; actor: NonNullable<Context["actor"]> };
  path: string;
  input: Keyed<T>;
}

/**
 * Runs a keyed mutation once per (user, key): a replay returns the first result, the same key
 * with another input is refused (IDEMPOTENCY_KEY_REUSED), keys are kept 24 hours. The verb
 * gets the procedure's ServiceContext with the key's transaction as its db, and its own input.
 *
 *   judge: adminProcedure.input(keyed(judgeDisputeInput)).mutation((call) => idempotent(call, judgeDispute)),
 */
export function idempotent<T, R>(call: KeyedCall<T>, verb: (ctx: ServiceContext, input: T) => Promise<R>): Promise<R> {
  const { ctx, path, input } = call;
  const service = ctx.service;
  return runIdempotent({
    db: service.db,
    now: service.now,
    scope: ctx.actor.userId,
    key: input.idempotencyKey,
    path,
    input: input.input,
    run: (tx) => verb({ ...service, db: tx }, input.input),
  });
}
