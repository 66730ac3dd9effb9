import type { NotificationAudience } from "@/server/services/notifications/audience";
import { listNotifications, listNotificationsInput } from "@/server/services/notifications/list-notifications";
import { markAllRead, markRead, markReadInput } from "@/server/services/notifications/mark-read";
import { unreadCount } from "@/server/services/notifications/unread-count";
import { consumerProcedure, merchantProcedure, router } from "../init";

const shopOf = (ctx: { merchant: { shopId: string } }): NotificationAudience => ({ kind: "merchant", shopId: ctx.merchant.shopId });
const consumerOf = (ctx: { consumer: { id: string } }): NotificationAudience => ({ kind: "consumer", consumerId: ctx.consumer.id });

/** NTF-1: the shop's notifications, seen by every member of the shop. */
const merchant = router({
  list: merchantProcedure.input(listNotificationsInput).query(({ ctx, input }) => listNotifications({ db: ctx.db, audience: shopOf(ctx), input })),
  unreadCount: merchantProcedure.query(({ ctx }) => unreadCount({ db: ctx.db, audience: shopOf(ctx) })),
  markRead: merchantProcedure.input(markReadInput).mutation(({ ctx, input }) => markRead({ db: ctx.db, audience: shopOf(ctx), input, now: ctx.now() })),
  markAllRead: merchantProcedure.mutation(({ ctx }) => markAllRead({ db: ctx.db, audience: shopOf(ctx), now: ctx.now() })),
});

/** NTF-2: the consumer's own notifications. */
const consumer = router({
  list: consumerProcedure.input(listNotificationsInput).query(({ ctx, input }) => listNotifications({ db: ctx.db, audience: consumerOf(ctx), input })),
  unreadCount: consumerProcedure.query(({ ctx }) => unreadCount({ db: ctx.db, audience: consumerOf(ctx) })),
  markRead: consumerProcedure.input(markReadInput).mutation(({ ctx, input }) => markRead({ db: ctx.db, audience: consumerOf(ctx), input, now: ctx.now() })),
  markAllRead: consumerProcedure.mutation(({ ctx }) => markAllRead({ db: ctx.db, audience: consumerOf(ctx), now: ctx.now() })),
});

export const notificationRouter = router({ merchant, consumer });
