"use client";

import { useQuery } from "@tanstack/react-query";
import { Bell } from "lucide-react";
import { useTranslations } from "next-intl";
import Link from "next/link";
import type { NotificationAudience } from "./audience";
import { useNotificationApi } from "./use-notification-api";

const POLL_MS = 30_000;

/** NTF-1/NTF-2: the header bell — unread count as a red badge, refreshed every 30s. */
export function NotificationBell(props: { href: string; audience: NotificationAudience }) {
  const t = useTranslations("notification");
  const { api } = useNotificationApi(props.audience);
  const { data } = useQuery(api.unreadCount.queryOptions(undefined, { refetchInterval: POLL_MS }));
  const unread = data?.unread ?? 0;
  const label = unread > 0 ? t("bellUnread", { count: unread }) : t("bell");
  return (
    <Link
      href={props.href}
      aria-label={label}
      title={label}
      data-testid="notification-bell"
      className="relative grid size-9 place-items-center rounded-full text-gray-600 hover:bg-gray-100 hover:text-gray-900 focus-visible:outline-2 focus-visible:outline-brand-500"
    >
      <Bell className="size-5" aria-hidden />
      {unread > 0 ? (
        <span
          className="absolute -top-0.5 -right-0.5 min-w-4.5 rounded-full bg-red-600 px-1 text-center text-[11px] leading-4.5 font-semibold text-white tabular-nums"
          data-testid="notification-unread"
        >
          {unread > 99 ? "99+" : unread}
        </span>
      ) : null}
    </Link>
  );
}
