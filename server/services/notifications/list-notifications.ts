import { and, desc, eq, isNull, lt, or } from "drizzle-orm";
import { z } from "zod";
import { notifications } from "@/db/schema";
import { cursorInput, decodeCursor, limitInput, pageOf } from "../pagination";
import type { ServiceContext } from "../service-context";
import { audienceFilter, notificationReader, toDto, type NotificationDto } from "./audience";

export const listNotificationsInput = z.object({
  cursor: cursorInput,
  limit: limitInput,
  unreadOnly: z.boolean().default(false),
});
export type ListNotificationsInput = z.input<typeof listNotificationsInput>;

/**
 * NTF-1/NTF-2: the reader's notifications, newest first — the shop's for a merchant, their own
 * for a consumer. Keyset pages on (created_at desc, id desc); optionally unread ones only.
 */
export async function listNotifications(
  ctx: ServiceContext,
  rawInput: ListNotificationsInput,
): Promise<{ items: NotificationDto[]; nextCursor: string | null }> {
  const { db } = ctx;
  const audience = notificationReader(ctx.tenant);
  const input = listNotificationsInput.parse(rawInput);
  const cursor = decodeCursor(input.cursor);
  const rows = await db
    .select()
    .from(notifications)
    .where(
      and(
        audienceFilter(audience),
        input.unreadOnly ? isNull(notifications.readAt) : undefined,
        cursor
          ? or(
              lt(notifications.createdAt, cursor.at),
              and(eq(notifications.createdAt, cursor.at), lt(notifications.id, cursor.id)),
            )
          : undefined,
      ),
    )
    .orderBy(desc(notifications.createdAt), desc(notifications.id))
    .limit(input.limit + 1);
  const page = pageOf(rows, input.limit, (r) => ({ at: r.createdAt, id: r.id }));
  return { items: page.items.map((r) => toDto(audience, r)), nextCursor: page.nextCursor };
}
