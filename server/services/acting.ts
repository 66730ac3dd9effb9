import { eq } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { consumers } from "@/db/schema";
import type { Actor } from "@/server/auth/actor";
import type { ActorRole } from "@/server/domain/audit";
import type { ServiceContext } from "./service-context";

/** Who performs a verb, as recorded in audit events and decision columns. */
export interface Acting {
  /** The user id; null for the system (deadline sweeper). */
  userId: string | null;
  role: ActorRole;
  name: string;
}

export const SYSTEM: Acting = { userId: null, role: "system", name: "系统" };

export function acting(actor: Actor, role: Exclude<ActorRole, "system">): Acting {
  return { userId: actor.userId, role, name: actor.name };
}

/** The context's person in its tenant's role; the system when no person acts. */
export function actingOf(ctx: Pick<ServiceContext, "actor" | "tenant">): Acting {
  return ctx.actor ? acting(ctx.actor, ctx.tenant.kind) : SYSTEM;
}

/**
 * Like actingOf, for verbs a consumer may take without an account of their own (the demo seed
 * acts for such buyers by consumer id): recorded as that consumer, by name, with no user id.
 */
export async function consumerActingOf(ctx: Pick<ServiceContext, "actor" | "tenant">, db: DbOrTx): Promise<Acting> {
  if (ctx.actor || ctx.tenant.kind !== "consumer") return actingOf(ctx);
  const [row] = await db
    .select({ name: consumers.name })
    .from(consumers)
    .where(eq(consumers.id, ctx.tenant.consumerId));
  return { userId: null, role: "consumer", name: row?.name ?? "" };
}
