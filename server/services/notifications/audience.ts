import type { SQL } from "drizzle-orm";
import { notifications } from "@/db/schema";
import { notFound } from "@/server/domain/errors";
import { tenantFilter, tenantOfKind, type Tenant } from "../tenant";

export type NotificationRow = typeof notifications.$inferSelect;

/** Who reads notifications (SHOP-3): every member of a shop sees the shop's; a consumer their own. */
export type NotificationReader = Exclude<Tenant, { kind: "admin" }>;

/** The reader of notifications: a shop or a consumer; platform staff have none (FORBIDDEN). */
export function notificationReader(tenant: Tenant): NotificationReader {
  return tenant.kind === "consumer" ? tenant : tenantOfKind(tenant, "merchant");
}

export const notificationNotFound = () => notFound({ "zh-CN": "通知不存在", en: "Notification not found" });

/** The tenant filter every notification query goes through. */
export function audienceFilter(audience: NotificationReader): SQL | undefined {
  return tenantFilter(audience, { shop: notifications.shopId, consumer: notifications.consumerId });
}

/** Where clicking the notification takes this audience; null when the record has no page of its own. */
export function linkFor(
  audience: NotificationReader,
  recordType: NotificationRow["recordType"],
  recordId: string,
): string | null {
  const prefix = audience.kind === "merchant" ? "/merchant" : "";
  switch (recordType) {
    case "work_order":
      return `${prefix}/work-orders/${recordId}`;
    case "dispute":
      return `${prefix}/disputes/${recordId}`;
    case "cancel_order":
      return `${prefix}/cancel-orders/${recordId}`;
    case "service_order":
      // AS-1..8: the merchant's after-sales desk, the consumer's status page.
      return audience.kind === "merchant" ? `/merchant/after-sales/${recordId}` : `/after-sales/${recordId}`;
    case "complaint":
      // MAL-1/MAL-2: complaints are the merchant's business only.
      return audience.kind === "merchant" ? `/merchant/complaints/${recordId}` : null;
    case "violation":
      // Violation tickets are the shop's business only (VIO-1).
      return audience.kind === "merchant" ? `/merchant/violations/${recordId}` : null;
    default:
      return null;
  }
}

export interface NotificationDto {
  id: string;
  kind: string;
  params: Record<string, string | number>;
  recordType: NotificationRow["recordType"];
  recordId: string;
  href: string | null;
  createdAt: Date;
  readAt: Date | null;
}

export function toDto(audience: NotificationReader, row: NotificationRow): NotificationDto {
  return {
    id: row.id,
    kind: row.kind,
    params: row.params,
    recordType: row.recordType,
    recordId: row.recordId,
    href: linkFor(audience, row.recordType, row.recordId),
    createdAt: row.createdAt,
    readAt: row.readAt,
  };
}
