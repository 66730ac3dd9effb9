import { eq, type SQL } from "drizzle-orm";
import { notifications } from "@/db/schema";
import { notFound } from "@/server/domain/errors";

export type NotificationRow = typeof notifications.$inferSelect;

/** Who reads notifications (SHOP-3): every member of a shop sees the shop's; a consumer their own. */
export type NotificationAudience = { kind: "merchant"; shopId: string } | { kind: "consumer"; consumerId: string };

export const notificationNotFound = () => notFound({ "zh-CN": "通知不存在", en: "Notification not found" });

/** The tenant filter every notification query goes through. */
export function audienceFilter(audience: NotificationAudience): SQL {
  return audience.kind === "merchant" ? eq(notifications.shopId, audience.shopId) : eq(notifications.consumerId, audience.consumerId);
}

/** Where clicking the notification takes this audience; null when the record has no page of its own. */
export function linkFor(audience: NotificationAudience, recordType: NotificationRow["recordType"], recordId: string): string | null {
  const prefix = audience.kind === "merchant" ? "/merchant" : "";
  switch (recordType) {
    case "work_order":
      return `${prefix}/work-orders/${recordId}`;
    case "dispute":
      return `${prefix}/disputes/${recordId}`;
    case "cancel_order":
      return `${prefix}/cancel-orders/${recordId}`;
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

export function toDto(audience: NotificationAudience, row: NotificationRow): NotificationDto {
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
