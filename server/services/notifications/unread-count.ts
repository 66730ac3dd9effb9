import { and, count, isNull } from "drizzle-orm";
import type { Db } from "@/db/client";
import { notifications } from "@/db/schema";
import { audienceFilter, type NotificationAudience } from "./audience";

/** NTF-1/NTF-2: how many of the reader's notifications are unread (the bell's badge). */
export async function unreadCount(args: { db: Db; audience: NotificationAudience }): Promise<{ unread: number }> {
  const { db, audience } = args;
  const [row] = await db
    .select({ n: count() })
    .from(notifications)
    .where(and(audienceFilter(audience), isNull(notifications.readAt)));
  return { unread: row?.n ?? 0 };
}
