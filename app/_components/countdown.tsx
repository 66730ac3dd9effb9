"use client";

import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { urgencyOf, type UrgencyTier } from "@/server/domain/deadlines";

const tierClass: Record<UrgencyTier, string> = {
  overdue: "bg-red-600 text-white",
  under_2h: "bg-red-50 text-red-700 ring-1 ring-red-200",
  under_6h: "bg-orange-50 text-orange-700 ring-1 ring-orange-200",
  under_24h: "bg-amber-50 text-amber-800 ring-1 ring-amber-200",
  later: "bg-gray-100 text-gray-700 ring-1 ring-gray-200",
};

/**
 * A live countdown to `due`, coloured by urgency. `serverNow` is the app's time when the page
 * was rendered (it includes the demo clock offset), so the countdown agrees with the server.
 */
export function Countdown({ due, serverNow, className = "" }: { due: Date | string; serverNow: Date | string; className?: string }) {
  const t = useTranslations("clock");
  const dueMs = new Date(due).getTime();
  const [skew] = useState(() => new Date(serverNow).getTime() - Date.now());
  const [now, setNow] = useState(() => Date.now() + skew);
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now() + skew), 1000);
    return () => clearInterval(timer);
  }, [skew]);
  const tier = urgencyOf(new Date(dueMs), new Date(now));
  const left = Math.abs(dueMs - now);
  const text = formatDuration(left);
  return (
    <span
      className={`inline-flex items-center rounded px-1.5 py-0.5 text-xs font-medium tabular-nums whitespace-nowrap ${tierClass[tier]} ${className}`}
      data-urgency={tier}
      title={new Date(dueMs).toISOString()}
      suppressHydrationWarning
    >
      {tier === "overdue" ? t("overdueBy", { time: text }) : t("left", { time: text })}
    </span>
  );
}

export function formatDuration(ms: number): string {
  const total = Math.floor(ms / 1000);
  const days = Math.floor(total / 86400);
  const h = Math.floor((total % 86400) / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const hms = `${String(h).padStart(2, "0")}:${String(m).padStart(2, "0")}:${String(s).padStart(2, "0")}`;
  return days > 0 ? `${days}d ${hms}` : hms;
}
