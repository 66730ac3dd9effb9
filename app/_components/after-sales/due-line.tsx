"use client";

import { useLocale, useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import type { DeadlineParty, ServiceDeadlineKind } from "@/server/domain/after-sales";
import { formatWhen } from "../cancel-orders/when";
import { Countdown } from "../countdown";

export interface RunningDeadline {
  kind: ServiceDeadlineKind;
  party: DeadlineParty;
  startedAt: Date;
  dueAt: Date;
}

/** How much of the window has passed, 0..1, ticking with the page's clock. */
function useElapsedShare(d: RunningDeadline, serverNow: Date): number {
  const [skew] = useState(() => serverNow.getTime() - Date.now());
  const [now, setNow] = useState(() => Date.now() + skew);
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now() + skew), 15_000);
    return () => clearInterval(timer);
  }, [skew]);
  const span = d.dueAt.getTime() - d.startedAt.getTime();
  if (span <= 0) return 1;
  return Math.min(1, Math.max(0, (now - d.startedAt.getTime()) / span));
}

/**
 * What is due from whom by when: 「轮到您:寄回商品 · 截止 3月8日 14:00」 with the live countdown and
 * a bar of the window used. `viewer` says which party is "you".
 */
export function DueLine(props: {
  deadline: RunningDeadline | null;
  viewer: "merchant" | "consumer" | "admin";
  serverNow: Date;
  timeZone: string;
}) {
  const t = useTranslations("afterSales");
  const locale = useLocale();
  const d = props.deadline;
  const share = useElapsedShare(
    d ?? { kind: "review", party: "merchant", startedAt: props.serverNow, dueAt: props.serverNow },
    props.serverNow,
  );
  if (!d) return <p className="text-sm text-gray-600">{t("due.noDeadline")}</p>;
  const what = t(`dueTasks.${d.kind}`);
  const mine = d.party === props.viewer;
  const barTone = share >= 1 ? "bg-red-600" : share > 0.75 ? "bg-orange-500" : "bg-brand-500";
  return (
    <div className="flex flex-col gap-1.5" data-testid="service-due" data-party={d.party} data-kind={d.kind}>
      <p className="flex flex-wrap items-center gap-2 text-sm">
        <span className={mine ? "font-semibold text-gray-900" : "text-gray-800"}>
          {mine ? t("due.yourMove", { what }) : t("due.theirMove", { party: t(`parties.${d.party}`), what })}
        </span>
        <Countdown due={d.dueAt} serverNow={props.serverNow} timeZone={props.timeZone} />
        <span className="text-xs text-gray-600 tabular-nums">
          {t("due.by", { at: formatWhen(d.dueAt, props.timeZone, locale) })}
        </span>
      </p>
      <div
        className="h-1.5 w-full max-w-md overflow-hidden rounded-full bg-gray-100"
        role="progressbar"
        aria-label={t(`deadlineKinds.${d.kind}`)}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={Math.round(share * 100)}
      >
        <div className={`h-full ${barTone}`} style={{ width: `${Math.round(share * 100)}%` }} />
      </div>
    </div>
  );
}
