"use client";

import { useMutation } from "@tanstack/react-query";
import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { toast } from "sonner";
import { useTRPC } from "@/app/_trpc/client";
import type { consumerCancelReasons } from "@/server/domain/cancel-order";
import type { LocalizedText } from "@/server/domain/errors";
import { errorText, localized } from "../disputes/localized";
import { Button } from "../ui/button";

type ConsumerReason = (typeof consumerCancelReasons)[number];

/** The consumer asks to cancel a paid or shipped order: a reason from the list and an optional note. */
export function CancelRequestForm({ orderId, reasons }: { orderId: string; reasons: readonly { key: ConsumerReason; label: LocalizedText }[] }) {
  const t = useTranslations("cancelOrder.request");
  const locale = useLocale();
  const trpc = useTRPC();
  const router = useRouter();
  const [reason, setReason] = useState<ConsumerReason | "">("");
  const [note, setNote] = useState("");
  const request = useMutation(
    trpc.cancelOrder.consumer.request.mutationOptions({
      onSuccess: (result) => {
        toast.success(t("submitted"));
        router.push(`/cancel-orders/${result.id}`);
      },
      onError: (error) => toast.error(errorText(error, locale)),
    }),
  );
  return (
    <form
      className="flex flex-col gap-3"
      onSubmit={(e) => {
        e.preventDefault();
        if (!reason) return void toast.error(t("pickReason"));
        request.mutate({ orderId, reason, note: note.trim() || undefined });
      }}
    >
      <fieldset className="flex flex-col gap-2" disabled={request.isPending}>
        <legend className="mb-1 text-sm font-medium">{t("reason")}</legend>
        {reasons.map((r) => (
          <label key={r.key} className={`flex cursor-pointer items-center gap-2 rounded-md border px-3 py-2 text-sm ${reason === r.key ? "border-brand-500 bg-brand-500/5" : "border-gray-200 hover:bg-gray-50"}`}>
            <input type="radio" name="reason" value={r.key} checked={reason === r.key} onChange={() => setReason(r.key)} className="accent-brand-500" />
            {localized(r.label, locale)}
          </label>
        ))}
      </fieldset>
      <label className="flex flex-col gap-1 text-sm">
        {t("note")}
        <textarea
          className="w-full rounded-md border border-gray-300 px-2 py-1.5 text-sm"
          rows={3}
          maxLength={500}
          value={note}
          placeholder={t("notePlaceholder")}
          onChange={(e) => setNote(e.target.value)}
          disabled={request.isPending}
        />
      </label>
      <div>
        <Button type="submit" disabled={request.isPending}>
          {request.isPending ? t("submitting") : t("submit")}
        </Button>
      </div>
    </form>
  );
}
