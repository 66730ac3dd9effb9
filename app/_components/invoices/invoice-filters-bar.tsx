"use client";

import { Search } from "lucide-react";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { invoiceStatuses } from "@/server/domain/invoice";
import { Button } from "../ui/button";
import type { InvoiceFilters } from "./invoices-query";

const field = "rounded-md border border-gray-300 bg-white px-2 py-1.5 text-sm";

function toFlag(value: string): boolean | undefined {
  return value === "1" ? true : value === "0" ? false : undefined;
}
function fromFlag(value: boolean | undefined): string {
  return value === undefined ? "" : value ? "1" : "0";
}

export function InvoiceFiltersBar({ value, onChange }: { value: InvoiceFilters; onChange: (next: InvoiceFilters) => void }) {
  const t = useTranslations("invoice");
  const tc = useTranslations("common");
  const [orderNo, setOrderNo] = useState(value.orderNo ?? "");
  return (
    <form
      className="flex flex-wrap items-end gap-2"
      onSubmit={(e) => {
        e.preventDefault();
        onChange({ ...value, orderNo: orderNo.trim() || undefined });
      }}
    >
      <label className="flex flex-col text-xs text-gray-600">
        {t("filters.status")}
        <select className={field} value={value.status ?? ""} onChange={(e) => onChange({ ...value, status: invoiceStatuses.find((s) => s === e.target.value) })}>
          <option value="">{t("filters.allStatuses")}</option>
          {invoiceStatuses.map((s) => (
            <option key={s} value={s}>
              {t(`statuses.${s}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="flex flex-col text-xs text-gray-600">
        {t("filters.overdue")}
        <select className={field} value={fromFlag(value.overdue)} onChange={(e) => onChange({ ...value, overdue: toFlag(e.target.value) })}>
          <option value="">{t("filters.any")}</option>
          <option value="1">{t("filters.overdueOnly")}</option>
          <option value="0">{t("filters.notOverdue")}</option>
        </select>
      </label>
      <label className="flex flex-col text-xs text-gray-600">
        {t("filters.supplementary")}
        <select className={field} value={fromFlag(value.supplementary)} onChange={(e) => onChange({ ...value, supplementary: toFlag(e.target.value) })}>
          <option value="">{t("filters.any")}</option>
          <option value="1">{t("filters.supplementaryOnly")}</option>
          <option value="0">{t("filters.notSupplementary")}</option>
        </select>
      </label>
      <label className="flex min-w-40 flex-1 flex-col text-xs text-gray-600 sm:flex-none">
        {t("filters.orderNo")}
        <input className={field} value={orderNo} onChange={(e) => setOrderNo(e.target.value)} placeholder={t("filters.orderNo")} />
      </label>
      <Button type="submit" variant="secondary">
        <Search className="size-4" aria-hidden />
        {tc("search")}
      </Button>
      <Button
        variant="ghost"
        onClick={() => {
          setOrderNo("");
          onChange({});
        }}
      >
        {tc("reset")}
      </Button>
    </form>
  );
}
