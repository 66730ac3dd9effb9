/** Who is reading: the shop's workbench or the consumer's pages. */
export type NotificationAudience = "merchant" | "consumer";

/** Where each audience's notifications page lives. */
export const NOTIFICATIONS_PAGE_SIZE = 20;

/** Keyset paging: the next page starts after the last row of this one. */
export const notificationsPaging = {
  getNextPageParam: (last: { nextCursor: string | null }) => last.nextCursor ?? undefined,
};
