import { and, count, isNull } from "drizzle-orm";
import { notifications } from "@/db/schema";
import type { ServiceContext } from "../service-context";
import { audienceFilter, notificationReader } from "./audience";

/** NTF-1/NTF-2: how many of the reader's notifications are unread (the bell's badge). */
export async function unreadCount(ctx: ServiceContext): Promise<{ unread: number }> {
  const { db } = ctx;
  const audience = notificationReader(ctx.tenant);
  const [row] = await db
    .select({ n: count() })
    .from(notifications)
    .where(and(audienceFilter(audience), isNull(notifications.readAt)));
  return { unread: row?.n ?? 0 };
}
