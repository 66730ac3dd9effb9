"use client";

import { Search } from "lucide-react";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { orderStatuses } from "@/server/domain/order";
import { Button } from "../ui/button";
import type { OrderFilters } from "./orders-query";

const field = "rounded-md border border-gray-300 bg-white px-2 py-1.5 text-sm";

export function OrderFiltersBar({ value, onChange }: { value: OrderFilters; onChange: (next: OrderFilters) => void }) {
  const t = useTranslations();
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
        {t("order.status")}
        <select
          aria-label={t("order.status")}
          className={field}
          value={value.status ?? ""}
          onChange={(e) => onChange({ ...value, status: orderStatuses.find((s) => s === e.target.value) })}
        >
          <option value="">{t("order.allStatuses")}</option>
          {orderStatuses.map((s) => (
            <option key={s} value={s}>
              {t(`order.statuses.${s}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="flex flex-col text-xs text-gray-600">
        {t("order.from")}
        <input type="date" className={field} value={value.from ?? ""} onChange={(e) => onChange({ ...value, from: e.target.value || undefined })} />
      </label>
      <label className="flex flex-col text-xs text-gray-600">
        {t("order.to")}
        <input type="date" className={field} value={value.to ?? ""} onChange={(e) => onChange({ ...value, to: e.target.value || undefined })} />
      </label>
      <label className="flex min-w-40 flex-1 flex-col text-xs text-gray-600 sm:flex-none">
        {t("order.orderNo")}
        <input inputMode="numeric" className={field} value={orderNo} onChange={(e) => setOrderNo(e.target.value)} placeholder={t("order.orderNo")} />
      </label>
      <Button type="submit" variant="secondary">
        <Search className="size-4" aria-hidden />
        {t("common.search")}
      </Button>
      <Button
        variant="ghost"
        onClick={() => {
          setOrderNo("");
          onChange({});
        }}
      >
        {t("common.reset")}
      </Button>
    </form>
  );
}
