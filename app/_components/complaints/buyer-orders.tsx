"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { useTRPC } from "@/app/_trpc/client";
import { formatDateTime, formatFen } from "../format";
import { Button } from "../ui/button";
import { controlClass, FieldGroup } from "../ui/form/field";
import type { BuyerOrders } from "./types";

/** Finds the buyer by one of their order numbers at this shop (when the form was not opened from an order). */
export function BuyerLookup({ onFound, disabled }: { onFound: (found: BuyerOrders) => void; disabled?: boolean }) {
  const t = useTranslations("complaint.form");
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const id = useId();
  const [orderNo, setOrderNo] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  async function find() {
    setError(null);
    setBusy(true);
    try {
      const found = await queryClient.fetchQuery(
        trpc.complaint.merchant.buyerOrders.queryOptions({ orderNo: orderNo.trim() }),
      );
      onFound(found);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  }
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-sm font-medium text-gray-800">
        {t("findBuyer")}
      </label>
      <div className="flex flex-wrap gap-2">
        <input
          id={id}
          value={orderNo}
          onChange={(e) => setOrderNo(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === "Enter") {
              e.preventDefault();
              void find();
            }
          }}
          placeholder={t("findBuyerPlaceholder")}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          className={`${controlClass} font-mono sm:w-72`}
          disabled={disabled || busy}
        />
        <Button type="button" variant="secondary" onClick={() => void find()} disabled={disabled || busy}>
          {t("findBuyerButton")}
        </Button>
      </div>
      <span className="text-xs text-gray-500">{t("buyerHint")}</span>
      {error ? (
        <p id={`${id}-error`} role="alert" className="text-xs text-red-700">
          {error}
        </p>
      ) : null}
    </div>
  );
}

/** The buyer's orders at this shop as checkboxes (MAL-1: a complaint names only these). */
export function OrderChecklist(props: {
  buyer: BuyerOrders;
  timeZone: string;
  selected: string[];
  onChange: (ids: string[]) => void;
  error?: string;
  disabled?: boolean;
}) {
  const t = useTranslations("complaint.form");
  const tStatus = useTranslations("order.statuses");
  const toggle = (orderId: string, on: boolean) =>
    props.onChange(on ? [...props.selected, orderId] : props.selected.filter((id) => id !== orderId));
  return (
    <FieldGroup legend={t("orders")} hint={t("ordersHint")} error={props.error}>
      {props.buyer.orders.length === 0 ? <p className="text-sm text-gray-500">{t("noOrders")}</p> : null}
      <ul className="flex max-h-72 flex-col divide-y divide-gray-100 overflow-y-auto rounded-md border border-gray-200">
        {props.buyer.orders.map((order) => (
          <li key={order.id}>
            <label
              className="flex cursor-pointer items-start gap-2 px-3 py-2 text-sm hover:bg-gray-50"
              data-testid="complaint-order-option"
            >
              <input
                type="checkbox"
                className="mt-1"
                checked={props.selected.includes(order.id)}
                onChange={(e) => toggle(order.id, e.target.checked)}
                disabled={props.disabled}
              />
              <span className="flex flex-col">
                <span className="font-mono">{order.orderNo}</span>
                <span className="text-xs text-gray-600">
                  {order.unpaid ? t("unpaid") : tStatus.has(order.status) ? tStatus(order.status) : order.status} ·{" "}
                  {formatFen(order.amountFen)}
                  {` · ${formatDateTime(order.placedAt, props.timeZone)}`}
                </span>
                {order.openComplaints.map((c) => (
                  <span key={c.complaintNo} className="text-xs text-amber-800">
                    {t("openComplaint", { complaintNo: c.complaintNo })}
                  </span>
                ))}
              </span>
            </label>
          </li>
        ))}
      </ul>
    </FieldGroup>
  );
}
