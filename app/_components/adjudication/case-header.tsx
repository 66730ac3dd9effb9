import { useTranslations } from "next-intl";
import Link from "next/link";
import type { ReactNode } from "react";
import type { CaseType } from "@/server/domain/policies/platform-deadlines";
import type { MarketplaceStyle } from "@/server/domain/shop";
import { Countdown } from "../countdown";
import { WaitingTime } from "../disputes/waiting-time";
import { formatDateTime } from "../format";

export interface CaseHeaderProps {
  type: CaseType;
  status: ReactNode;
  shopName: string;
  style: MarketplaceStyle;
  id: string;
  timeZone: string;
  serverNow: Date;
  waiting: boolean;
  since: Date | null;
  deadline: { dueAt: Date; policyId: string; policyVersion: number } | null;
}

/** The case's title and status (which names the stage: 平台判责中 / 二审中), and — while it waits — the platform's own deadline and how long it has waited. */
export function CaseHeader(p: CaseHeaderProps) {
  const t = useTranslations("adjudication");
  return (
    <div className="flex flex-col gap-3">
      <Link href="/admin/adjudication" className="self-start text-sm text-blue-700 hover:underline">
        ← {t("case.back")}
      </Link>
      <div className="flex flex-wrap items-center gap-2">
        <h1 className="text-lg font-semibold">{t(`types.${p.type}`)}</h1>
        {p.status}
        <span className="text-sm text-gray-600">
          {t("case.shopStyle", { shop: p.shopName, style: t(`styles.${p.style}`) })}
        </span>
        <span className="font-mono text-xs break-all text-gray-500">{p.id}</span>
      </div>
      {p.waiting && p.deadline && p.since ? (
        <div
          className="flex flex-col gap-1 rounded-lg border border-purple-200 bg-purple-50 p-3 text-sm text-purple-900"
          data-testid="platform-deadline"
        >
          <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
            <span className="font-medium">{t("deadline.label")}</span>
            <Countdown due={p.deadline.dueAt} serverNow={p.serverNow} timeZone={p.timeZone} />
            <span className="tabular-nums">
              {t("deadline.dueAt", { time: formatDateTime(p.deadline.dueAt, p.timeZone) })}
            </span>
          </div>
          <div className="flex flex-wrap items-center gap-x-3 gap-y-1 text-xs text-purple-800">
            <span className="tabular-nums">{t("deadline.reached", { time: formatDateTime(p.since, p.timeZone) })}</span>
            <span>
              {t("deadline.waited")} <WaitingTime since={p.since} serverNow={p.serverNow} />
            </span>
          </div>
          <p className="text-xs text-purple-700">
            {t("deadline.rule", { id: p.deadline.policyId, version: p.deadline.policyVersion })}
          </p>
        </div>
      ) : (
        <p className="rounded-lg border border-gray-200 bg-gray-50 p-3 text-sm text-gray-600">{t("deadline.closed")}</p>
      )}
    </div>
  );
}
