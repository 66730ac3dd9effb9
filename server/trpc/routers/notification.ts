import { listNotifications, listNotificationsInput } from "@/server/services/notifications/list-notifications";
import { markAllRead, markRead, markReadInput } from "@/server/services/notifications/mark-read";
import { unreadCount } from "@/server/services/notifications/unread-count";
import { consumerProcedure, merchantProcedure, router } from "../init";

/** NTF-1: the shop's notifications, seen by every member of the shop. */
const merchant = router({
  list: merchantProcedure
    .input(listNotificationsInput)
    .query(({ ctx, input }) => listNotifications(ctx.service, input)),
  unreadCount: merchantProcedure.query(({ ctx }) => unreadCount(ctx.service)),
  markRead: merchantProcedure.input(markReadInput).mutation(({ ctx, input }) => markRead(ctx.service, input)),
  markAllRead: merchantProcedure.mutation(({ ctx }) => markAllRead(ctx.service)),
});

/** NTF-2: the consumer's own notifications. */
const consumer = router({
  list: consumerProcedure
    .input(listNotificationsInput)
    .query(({ ctx, input }) => listNotifications(ctx.service, input)),
  unreadCount: consumerProcedure.query(({ ctx }) => unreadCount(ctx.service)),
  markRead: consumerProcedure.input(markReadInput).mutation(({ ctx, input }) => markRead(ctx.service, input)),
  markAllRead: consumerProcedure.mutation(({ ctx }) => markAllRead(ctx.service)),
});

export const notificationRouter = router({ merchant, consumer });
