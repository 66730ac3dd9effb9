"use client";

import { useInfiniteQuery, useMutation } from "@tanstack/react-query";
import { CheckCheck, ChevronRight } from "lucide-react";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { toast } from "sonner";
import { formatDateTime } from "../format";
import { Button } from "../ui/button";
import { ListState } from "../ui/data-table/list-state";
import { Tabs } from "../ui/tabs";
import { NOTIFICATIONS_PAGE_SIZE, notificationsPaging, type NotificationAudience } from "./audience";
import { useNotificationText } from "./notification-text";
import { useNotificationApi } from "./use-notification-api";

export interface NotificationItem {
  id: string;
  kind: string;
  params: Record<string, string | number>;
  recordType: string;
  href: string | null;
  createdAt: Date;
  readAt: Date | null;
}

/** Record types with a label of their own in the list; the rest show as 记录 / Record. */
const recordLabels: readonly string[] = ["work_order", "dispute", "violation", "cancel_order", "service_order"];

/** NTF-1/NTF-2: the reader's notifications, newest first; a click marks one read and opens its record. */
export function NotificationList(props: { audience: NotificationAudience; timeZone: string }) {
  const t = useTranslations("notification");
  const router = useRouter();
  const [unreadOnly, setUnreadOnly] = useState(false);
  const { api, invalidate } = useNotificationApi(props.audience);
  const text = useNotificationText(props.timeZone);

  const query = useInfiniteQuery(
    api.list.infiniteQueryOptions({ limit: NOTIFICATIONS_PAGE_SIZE, unreadOnly }, notificationsPaging),
  );
  const items: NotificationItem[] = query.data?.pages.flatMap((p) => p.items) ?? [];

  const markRead = useMutation(
    api.markRead.mutationOptions({ onSuccess: () => invalidate(), onError: (e) => toast.error(e.message) }),
  );
  const markAll = useMutation(
    api.markAllRead.mutationOptions({
      onSuccess: () => {
        toast.success(t("markedAllRead"));
        void invalidate();
      },
      onError: (e) => toast.error(e.message),
    }),
  );

  async function open(item: NotificationItem) {
    if (!item.readAt) await markRead.mutateAsync({ id: item.id }).catch(() => undefined);
    if (item.href) router.push(item.href);
  }

  return (
    <div className="space-y-3">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <Tabs
          look="segmented"
          label={t("show")}
          value={unreadOnly ? "unread" : "all"}
          onValueChange={(shown) => setUnreadOnly(shown === "unread")}
          items={[
            { value: "all", label: t("all") },
            { value: "unread", label: t("unread") },
          ]}
        />
        <Button
          variant="secondary"
          onClick={() => markAll.mutate()}
          disabled={markAll.isPending || items.every((n) => n.readAt)}
        >
          <CheckCheck className="size-4" aria-hidden />
          {t("markAllRead")}
        </Button>
      </div>

      <ListState
        status={query.status}
        empty={items.length === 0}
        emptyText={unreadOnly ? t("emptyUnread") : t("empty")}
        onRetry={() => void query.refetch()}
      >
        <ul
          className="divide-y divide-gray-100 overflow-hidden rounded-lg border border-gray-200 bg-white"
          data-testid="notification-list"
        >
          {items.map((item) => (
            <li key={item.id}>
              <button
                type="button"
                onClick={() => void open(item)}
                className={`flex w-full items-start gap-3 px-3 py-3 text-left hover:bg-gray-50 sm:px-4 ${item.readAt ? "" : "bg-brand-500/5"}`}
              >
                <span
                  className={`mt-1.5 size-2 shrink-0 rounded-full ${item.readAt ? "bg-transparent" : "bg-red-600"}`}
                  {...(item.readAt ? {} : { role: "img", "aria-label": t("unreadDot") })}
                />
                <span className="min-w-0 flex-1">
                  <span
                    className={`block text-sm break-words ${item.readAt ? "text-gray-600" : "font-medium text-gray-900"}`}
                  >
                    {text(item.kind, item.params)}
                  </span>
                  <span className="mt-1 block text-xs text-gray-600 tabular-nums">
                    {t(`record.${recordLabels.includes(item.recordType) ? item.recordType : "other"}`)} ·{" "}
                    {formatDateTime(item.createdAt, props.timeZone)}
                  </span>
                </span>
                {item.href ? (
                  <ChevronRight className="mt-1 size-4 shrink-0 text-gray-500" aria-label={t("open")} />
                ) : null}
              </button>
            </li>
          ))}
        </ul>
        {query.hasNextPage ? (
          <div className="flex justify-center pt-2">
            <Button variant="secondary" onClick={() => void query.fetchNextPage()} disabled={query.isFetchingNextPage}>
              {t("loadMore")}
            </Button>
          </div>
        ) : null}
      </ListState>
    </div>
  );
}
