import { and, eq, sql, type Column, type SQL } from "drizzle-orm";
import { DomainError } from "@/server/domain/errors";

/**
 * Whose records a verb may see and touch (SHOP-3): a consumer their own, a merchant its one
 * shop's, platform staff every shop's. The deadline sweeper and other system work run as
 * "admin" too (see systemContext): they see every shop.
 *
 * Narrower views are filters of the verb, not tenants: the platform's own dispute list, the
 * FBP (platform-invoiced) requests an admin may issue, the platform-routed work orders an
 * admin answers.
 */
export type Tenant =
  { kind: "consumer"; consumerId: string } | { kind: "merchant"; shopId: string } | { kind: "admin" };

/** A table's tenant columns; null where that audience owns none of the table's rows. */
export interface TenantColumns {
  shop: Column | null;
  consumer: Column | null;
  /**
   * SHOP-1: what narrows a merchant further to the records it answers itself (e.g. disputes
   * whose responsible party is the merchant, not the platform of an FBP shop).
   */
  merchantOnly?: SQL;
}

/**
 * The one tenant filter every access and loader goes through. Admin → undefined (no filter);
 * an audience the table has no column for sees nothing.
 */
export function tenantFilter(tenant: Tenant, columns: TenantColumns): SQL | undefined {
  switch (tenant.kind) {
    case "consumer":
      return columns.consumer ? eq(columns.consumer, tenant.consumerId) : sql`false`;
    case "merchant":
      return columns.shop ? and(eq(columns.shop, tenant.shopId), columns.merchantOnly) : sql`false`;
    case "admin":
      return undefined;
  }
}

/** For verbs of one audience only: the tenant narrowed to it, or FORBIDDEN. */
export function tenantOfKind<K extends Tenant["kind"]>(tenant: Tenant, kind: K): Extract<Tenant, { kind: K }> {
  if (tenant.kind !== kind) {
    throw new DomainError("FORBIDDEN", "WRONG_AUDIENCE", { "zh-CN": "无权访问", en: "You do not have access to this" });
  }
  return tenant as Extract<Tenant, { kind: K }>;
}
