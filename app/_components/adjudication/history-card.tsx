import { useTranslations } from "next-intl";
import Link from "next/link";
import type { PartyHistory } from "@/server/services/adjudication/history";
import { formatDate } from "../format";
import { Badge } from "../ui/badge";
import { Card } from "../ui/card";
import { caseHref } from "./queue-query";

type Recent = PartyHistory["shop"]["recent"];

function Stat({ label, value, tone = "gray" }: { label: string; value: number; tone?: "gray" | "red" | "amber" }) {
  const color = { gray: "text-gray-900", red: "text-red-700", amber: "text-amber-800" }[tone];
  return (
    <div className="flex flex-col rounded-md bg-gray-50 px-2 py-1.5">
      <span className="text-xs text-gray-500">{label}</span>
      <span className={`text-base font-semibold tabular-nums ${color}`}>{value}</span>
    </div>
  );
}

function RecentCases({ cases, timeZone }: { cases: Recent; timeZone: string }) {
  const t = useTranslations("adjudication");
  const td = useTranslations("dispute");
  const tw = useTranslations("workOrder");
  if (cases.length === 0) return <p className="text-xs text-gray-500">{t("history.none")}</p>;
  return (
    <ul className="divide-y divide-gray-100 text-sm">
      {cases.map((c) => (
        <li key={`${c.kind}:${c.id}`} className="flex flex-wrap items-center gap-x-2 gap-y-0.5 py-1.5">
          <Link href={caseHref(c.kind, c.id)} className="text-blue-700 hover:underline">
            {t(`types.${c.type}`)}
          </Link>
          <span className="text-xs text-gray-500 tabular-nums">{formatDate(c.openedAt, timeZone)}</span>
          <span className="text-xs text-gray-600">
            {c.kind === "dispute" ? td(`statuses.${c.status}`) : tw(`statuses.${c.status}`)}
          </span>
          {c.liableParty ? (
            <Badge tone={c.liableParty === "none" ? "gray" : "red"}>
              {t("history.liable", { party: td(`parties.${c.liableParty}`) })}
            </Badge>
          ) : null}
          <span className="ml-auto font-mono text-xs text-gray-500">{c.orderNo}</span>
        </li>
      ))}
    </ul>
  );
}

/** Both parties' earlier disputes and work orders with outcomes; the shop's tickets and points; the consumer's risk marks. */
export function HistoryCard({
  history,
  shopName,
  consumerName,
  timeZone,
}: {
  history: PartyHistory;
  shopName: string;
  consumerName: string;
  timeZone: string;
}) {
  const t = useTranslations("adjudication.history");
  const { shop, consumer } = history;
  return (
    <Card title={t("title")}>
      <p className="mb-3 text-xs text-gray-500">{t("excludesCurrent")}</p>
      <div className="grid gap-5 sm:grid-cols-2" data-testid="party-history">
        <section className="flex min-w-0 flex-col gap-2">
          <h3 className="text-sm font-semibold">
            {t("shop")} · {shopName}
          </h3>
          <div className="grid grid-cols-3 gap-1.5">
            <Stat label={t("disputes")} value={shop.disputes} />
            <Stat label={t("workOrders")} value={shop.workOrders} />
            <Stat label={t("heldLiable")} value={shop.heldLiable} tone={shop.heldLiable > 0 ? "red" : "gray"} />
            <Stat label={t("decided")} value={shop.decided} />
            <Stat label={t("violations")} value={shop.violations} tone={shop.violations > 0 ? "amber" : "gray"} />
            <Stat label={t("points")} value={shop.points} tone={shop.points > 0 ? "amber" : "gray"} />
          </div>
          <h4 className="mt-1 text-xs font-medium text-gray-500">{t("recent")}</h4>
          <RecentCases cases={shop.recent} timeZone={timeZone} />
        </section>
        <section className="flex min-w-0 flex-col gap-2">
          <h3 className="text-sm font-semibold">
            {t("consumer")} · {consumerName}
          </h3>
          <div className="grid grid-cols-3 gap-1.5">
            <Stat label={t("disputes")} value={consumer.disputes} />
            <Stat label={t("workOrders")} value={consumer.workOrders} />
            <Stat label={t("riskMarks")} value={consumer.riskMarks} tone={consumer.riskMarks > 0 ? "red" : "gray"} />
          </div>
          <p className="text-xs text-gray-500" data-testid="risk-mark-hint">
            {t("riskMarkHint")}
          </p>
          <h4 className="mt-1 text-xs font-medium text-gray-500">{t("recent")}</h4>
          <RecentCases cases={consumer.recent} timeZone={timeZone} />
        </section>
      </div>
    </Card>
  );
}
