import type { Actor } from "@/server/auth/actor";
import type { ActorRole } from "@/server/domain/audit";

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
