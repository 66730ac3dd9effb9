"use client";

import { useQuery } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useTRPC } from "@/app/_trpc/client";
import { disputeScenarios } from "@/server/domain/dispute";
import { caseTypes, platformStages, platformWorkOrderTypes, waitingBuckets } from "@/server/domain/policies/platform-deadlines";
import { marketplaceStyles } from "@/server/domain/shop";
import type { QueueFilters } from "./queue-query";

const field = "w-full rounded-md border border-gray-300 bg-white px-2 py-1.5 text-sm";
const pickOf = <T extends string>(values: readonly T[], value: string): T | undefined => values.find((v) => v === value);

/** Issue 6: the queue's filters — case type, stage, shop, marketplace style, waiting time. */
export function QueueFiltersBar({ filters, onChange }: { filters: QueueFilters; onChange: (next: QueueFilters) => void }) {
  const t = useTranslations("adjudication");
  const trpc = useTRPC();
  const shops = useQuery(trpc.adjudication.shops.queryOptions());
  const any = filters.type || filters.stage || filters.shopId || filters.style || filters.waiting;
  const label = "flex min-w-0 flex-col gap-0.5 text-xs text-gray-600";
  return (
    <div className="grid grid-cols-2 gap-2 sm:flex sm:flex-wrap sm:items-end">
      <label className={label}>
        {t("filters.type")}
        <select className={field} value={filters.type ?? ""} onChange={(e) => onChange({ ...filters, type: pickOf(caseTypes, e.target.value) })}>
          <option value="">{t("filters.allTypes")}</option>
          <optgroup label={t("filters.disputes")}>
            {disputeScenarios.map((s) => (
              <option key={s} value={s}>
                {t(`types.${s}`)}
              </option>
            ))}
          </optgroup>
          <optgroup label={t("filters.workOrders")}>
            {platformWorkOrderTypes.map((s) => (
              <option key={s} value={s}>
                {t(`types.${s}`)}
              </option>
            ))}
          </optgroup>
        </select>
      </label>
      <label className={label}>
        {t("filters.stage")}
        <select className={field} value={filters.stage ?? ""} onChange={(e) => onChange({ ...filters, stage: pickOf(platformStages, e.target.value) })}>
          <option value="">{t("filters.allStages")}</option>
          {platformStages.map((s) => (
            <option key={s} value={s}>
              {t(`stages.${s}`)}
            </option>
          ))}
        </select>
      </label>
      <label className={label}>
        {t("filters.shop")}
        <select className={field} value={filters.shopId ?? ""} onChange={(e) => onChange({ ...filters, shopId: e.target.value || undefined })}>
          <option value="">{t("filters.allShops")}</option>
          {(shops.data ?? []).map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
            </option>
          ))}
        </select>
      </label>
      <label className={label}>
        {t("filters.style")}
        <select className={field} value={filters.style ?? ""} onChange={(e) => onChange({ ...filters, style: pickOf(marketplaceStyles, e.target.value) })}>
          <option value="">{t("filters.allStyles")}</option>
          {marketplaceStyles.map((s) => (
            <option key={s} value={s}>
              {t(`styles.${s}`)}
            </option>
          ))}
        </select>
      </label>
      <label className={label}>
        {t("filters.waiting")}
        <select className={field} value={filters.waiting ?? ""} onChange={(e) => onChange({ ...filters, waiting: pickOf(waitingBuckets, e.target.value) })}>
          <option value="">{t("filters.anyWaiting")}</option>
          {waitingBuckets.map((s) => (
            <option key={s} value={s}>
              {t(`waiting.${s}`)}
            </option>
          ))}
        </select>
      </label>
      {any ? (
        <button type="button" onClick={() => onChange({})} className="self-end py-1.5 text-left text-sm text-blue-700 hover:underline sm:text-center">
          {t("filters.clear")}
        </button>
      ) : null}
    </div>
  );
}
