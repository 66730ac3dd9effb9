import type { Db } from "@/db/client";
import type { Actor } from "@/server/auth/actor";
import type { Context } from "@/server/context";
import type { AdminLevel } from "@/server/domain/shop";
import { DomainError } from "@/server/domain/errors";
import { defaultLocale, type Locale } from "@/server/i18n/locale";
import type { Tenant } from "./tenant";

/**
 * What every verb gets first: `verb(ctx, input)`.
 * - db: the database, or the transaction the caller runs the verb in (idempotent mutations);
 * - actor: the signed-in person, or null for system work (the deadline sweeper, the demo clock);
 * - tenant: whose records the verb may see (server/services/tenant.ts);
 * - now: the one instant of this request or sweep, already read from the app's clock;
 * - locale: the caller's language, for text the verb renders itself (e.g. CSV exports).
 */
export interface ServiceContext {
  db: Db;
  actor: Actor | null;
  tenant: Tenant;
  now: Date;
  locale: Locale;
}

/** The sweeper's and other system work's context: no person, every shop, the default language. */
export function systemContext(db: Db, now: Date): ServiceContext {
  return { db, actor: null, tenant: { kind: "admin" }, now, locale: defaultLocale };
}

/** A request's context for one audience: reads the app's clock once. */
export function requestServiceContext(request: Context, tenant: Tenant): ServiceContext {
  return { db: request.db, actor: request.actor, tenant, now: request.now(), locale: request.locale };
}

/**
 * The audience a signed-in person acts in outside the audience-bound routes (file reads,
 * uploads): platform staff first, then merchant staff, then consumer. Null when signed out.
 */
export function homeTenantOf(actor: Actor | null): Tenant | null {
  if (!actor) return null;
  if (actor.admin) return { kind: "admin" };
  if (actor.merchant) return { kind: "merchant", shopId: actor.merchant.shopId };
  if (actor.consumer) return { kind: "consumer", consumerId: actor.consumer.id };
  return null;
}

/** Platform staff acting in person (decisions that depend on who and how senior), or FORBIDDEN. */
export function adminOf(ctx: ServiceContext): { userId: string; level: AdminLevel } {
  const admin = ctx.tenant.kind === "admin" ? ctx.actor?.admin : null;
  if (!ctx.actor || !admin)
    throw new DomainError("FORBIDDEN", "ADMIN_ONLY", { "zh-CN": "仅平台人员可操作", en: "Platform staff only" });
  return { userId: ctx.actor.userId, level: admin.level };
}
