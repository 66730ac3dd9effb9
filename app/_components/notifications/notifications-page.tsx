import { getTranslations } from "next-intl/server";
import { DEFAULT_TIME_ZONE } from "@/server/domain/shop";
import { getContext, getQueryClient, HydrateClient, trpc } from "../../_trpc/server";
import { NOTIFICATIONS_PAGE_SIZE, notificationsPaging, type NotificationAudience } from "./audience";
import { NotificationList } from "./notification-list";

/** The notifications page of either audience: first page prefetched on the server. */
export async function NotificationsPage(props: { audience: NotificationAudience }) {
  const t = await getTranslations("notification");
  const ctx = await getContext();
  const timeZone =
    props.audience === "merchant" ? (ctx.actor?.merchant?.timeZone ?? DEFAULT_TIME_ZONE) : DEFAULT_TIME_ZONE;
  const input = { limit: NOTIFICATIONS_PAGE_SIZE, unreadOnly: false };
  const api = props.audience === "merchant" ? trpc.notification.merchant : trpc.notification.consumer;
  void getQueryClient().prefetchInfiniteQuery(api.list.infiniteQueryOptions(input, notificationsPaging));
  return (
    <div className="mx-auto max-w-3xl space-y-4">
      <h1 className="text-lg font-semibold text-gray-900">{t("title")}</h1>
      <HydrateClient>
        <NotificationList audience={props.audience} timeZone={timeZone} />
      </HydrateClient>
    </div>
  );
}
