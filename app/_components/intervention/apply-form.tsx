"use client";

import { useMutation } from "@tanstack/react-query";
import { Loader2 } from "lucide-react";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { toast } from "sonner";
import { useTRPC } from "@/app/_trpc/client";
import type { InterventionType } from "@/server/services/intervention/internal";
import { Button } from "../ui/button";

export interface ApplyOption {
  type: InterventionType;
  /** Why it cannot be chosen for this order, or null. */
  unavailable: "signed" | "tmall" | "cancelled" | null;
  /** The merchant's reply window in hours (from the current policy). */
  hours: number;
  /** The policy's timeout consequence, already in the viewer's language. */
  consequence: string;
}

/** WO-1: choose the reason, write the claim, see the merchant's deadline and what happens next. */
export function ApplyForm({ orderId, options }: { orderId: string; options: ApplyOption[] }) {
  const t = useTranslations("workOrder.intervention.apply");
  const trpc = useTRPC();
  const router = useRouter();
  const [type, setType] = useState<InterventionType | null>(options.find((o) => o.unavailable === null)?.type ?? null);
  const [claim, setClaim] = useState("");
  const chosen = options.find((o) => o.type === type);

  const apply = useMutation(
    trpc.intervention.consumer.applyIntervention.mutationOptions({
      onSuccess: (result) => {
        toast.success(t("success"));
        router.push(`/work-orders/${result.workOrderId}`);
      },
      onError: (error) => toast.error(error.message),
    }),
  );

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (!type) {
      toast.error(t("chooseType"));
      return;
    }
    if (claim.trim().length < 5) {
      toast.error(t("claimTooShort"));
      return;
    }
    apply.mutate({ orderId, type, claim });
  }

  const busy = apply.isPending || apply.isSuccess;
  return (
    <form onSubmit={onSubmit} className="flex flex-col gap-4" noValidate>
      <fieldset className="flex flex-col gap-2" disabled={busy}>
        <legend className="mb-2 text-sm font-medium">{t("type")}</legend>
        {options.map((o) => (
          <label
            key={o.type}
            className={`flex gap-3 rounded-lg border p-3 text-sm ${o.unavailable ? "cursor-not-allowed border-gray-100 text-gray-400" : o.type === type ? "cursor-pointer border-brand-500 bg-brand-500/5" : "cursor-pointer border-gray-200 hover:bg-gray-50"}`}
          >
            <input
              type="radio"
              name="type"
              value={o.type}
              checked={o.type === type}
              disabled={o.unavailable !== null}
              onChange={() => setType(o.type)}
              className="mt-0.5 accent-brand-500"
            />
            <span>
              <span className="font-medium">{t(`types.${o.type}`)}</span>
              <span className="block text-xs text-gray-500">{o.unavailable ? t(`unavailable.${o.unavailable}`) : t(`typeHints.${o.type}`)}</span>
            </span>
          </label>
        ))}
      </fieldset>

      {chosen ? (
        <div className="rounded-lg border border-amber-200 bg-amber-50 p-3 text-sm text-amber-900">
          <p className="font-medium">{t("deadline", { hours: chosen.hours })}</p>
          <p className="text-xs">{t("consequence", { text: chosen.consequence })}</p>
        </div>
      ) : null}

      <label className="flex flex-col gap-1 text-sm">
        <span className="font-medium">{t("claim")}</span>
        <textarea
          value={claim}
          onChange={(e) => setClaim(e.target.value)}
          maxLength={1000}
          rows={4}
          placeholder={t("claimPlaceholder")}
          className="w-full rounded-md border border-gray-300 px-2 py-1.5 text-sm disabled:bg-gray-50"
          disabled={busy}
        />
      </label>
      <p className="text-xs text-gray-500">{t("next")}</p>
      <div>
        <Button type="submit" disabled={busy || !type}>
          {busy ? <Loader2 className="size-4 animate-spin" aria-hidden /> : null}
          {busy ? t("submitting") : t("submit")}
        </Button>
      </div>
    </form>
  );
}
