"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { urgencyOf, type UrgencyTier } from "@/server/domain/deadlines";
import { useRefreshAfterDeadline } from "./deadline-refresh";
import { useDurationText } from "./duration-text";
import { formatDateTimeWithZone } from "./format";
import { useTimeZone } from "./time-zone";

const chipClass = "inline-flex items-center rounded px-1.5 py-0.5 text-xs font-medium tabular-nums whitespace-nowrap";
const tierClass: Record<UrgencyTier, string> = {
  overdue: "bg-red-600 text-white",
  under_2h: "bg-red-50 text-red-700 ring-1 ring-red-200",
  under_6h: "bg-orange-50 text-orange-700 ring-1 ring-orange-200",
  under_24h: "bg-amber-50 text-amber-800 ring-1 ring-amber-200",
  later: "bg-gray-100 text-gray-700 ring-1 ring-gray-200",
};

/**
 * A live countdown to `due`, coloured by urgency, said in the viewer's language; hovering shows
 * the deadline in the shop's time zone (`timeZone`, else the page's, see TimeZoneProvider).
 * `serverNow` is the app's time when the page was rendered (it includes the demo clock offset),
 * so the countdown agrees with the server. When it reaches zero while shown, `onElapsed` runs;
 * without one the page's data is refreshed once, so the row shows what the deadline did.
 */
export function Countdown(props: {
  due: Date | string;
  serverNow: Date | string;
  timeZone?: string;
  onElapsed?: () => void;
  className?: string;
}) {
  const t = useTranslations("clock");
  const durationText = useDurationText();
  const pageTimeZone = useTimeZone();
  const refresh = useRefreshAfterDeadline();
  const dueMs = new Date(props.due).getTime();
  const [skew] = useState(() => new Date(props.serverNow).getTime() - Date.now());
  const [now, setNow] = useState(() => Date.now() + skew);
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now() + skew), 1000);
    return () => clearInterval(timer);
  }, [skew]);
  const tier = urgencyOf(new Date(dueMs), new Date(now));
  const elapsed = tier === "overdue";

  // Only a deadline seen passing counts: one already past when the page opened refreshes nothing.
  const running = useRef(false);
  const { onElapsed } = props;
  useEffect(() => {
    if (!elapsed) {
      running.current = true;
      return;
    }
    if (!running.current) return;
    running.current = false;
    (onElapsed ?? refresh)();
  }, [elapsed, onElapsed, refresh]);

  const text = durationText(Math.abs(dueMs - now));
  return (
    <span
      className={`${chipClass} ${tierClass[tier]} ${props.className ?? ""}`}
      data-urgency={tier}
      title={t("dueAt", { time: formatDateTimeWithZone(new Date(dueMs), props.timeZone ?? pageTimeZone) })}
      suppressHydrationWarning
    >
      {elapsed ? t("overdueBy", { time: text }) : t("left", { time: text })}
    </span>
  );
}
