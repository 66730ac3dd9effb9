import { and, eq, isNull } from "drizzle-orm";
import { z } from "zod";
import { notifications } from "@/db/schema";
import { isUuid } from "../ids";
import type { ServiceContext } from "../service-context";
import { audienceFilter, notificationNotFound, notificationReader, toDto, type NotificationDto } from "./audience";

export const markReadInput = z.object({ id: z.string().max(64) });
export type MarkReadInput = z.infer<typeof markReadInput>;

/**
 * Marks one of the reader's notifications read, loaded through their tenant: someone else's id
 * is NOT_FOUND. Already read stays read at its first time (idempotent).
 */
export async function markRead(ctx: ServiceContext, input: MarkReadInput): Promise<NotificationDto> {
  const { db, now } = ctx;
  const audience = notificationReader(ctx.tenant);
  if (!isUuid(input.id)) throw notificationNotFound();
  return db.transaction(async (tx) => {
    const mine = and(eq(notifications.id, input.id), audienceFilter(audience));
    const [updated] = await tx
      .update(notifications)
      .set({ readAt: now })
      .where(and(mine, isNull(notifications.readAt)))
      .returning();
    if (updated) return toDto(audience, updated);
    const [existing] = await tx.select().from(notifications).where(mine).limit(1);
    if (!existing) throw notificationNotFound();
    return toDto(audience, existing);
  });
}

/** Marks every unread notification of the reader read (全部标为已读). */
export async function markAllRead(ctx: ServiceContext): Promise<{ marked: number }> {
  const { db, now } = ctx;
  const audience = notificationReader(ctx.tenant);
  const rows = await db
    .update(notifications)
    .set({ readAt: now })
    .where(and(audienceFilter(audience), isNull(notifications.readAt)))
    .returning({ id: notifications.id });
  return { marked: rows.length };
}
