"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Loader2 } from "lucide-react";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { toast } from "sonner";
import { useTRPC } from "@/app/_trpc/client";
import { liableParties, type LiableParty } from "@/server/domain/dispute";
import type { WorkOrderDetail } from "@/server/services/work-orders/get-work-order";
import { formatFen } from "../format";
import { Button } from "../ui/button";
import { yuanToFen } from "./slots";

/** WO-TM-4/5, WO-PDD-1/2: the platform's decision — liable party, refund and compensation in ¥ (sent as fen), reasons. */
export function DecideForm({ workOrder }: { workOrder: WorkOrderDetail }) {
  const t = useTranslations("workOrder.intervention.decide");
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
  const [party, setParty] = useState<LiableParty | null>(null);
  const [refund, setRefund] = useState("");
  const [compensation, setCompensation] = useState("");
  const [reason, setReason] = useState("");
  const [internalNote, setInternalNote] = useState("");

  const decide = useMutation(
    trpc.intervention.admin.decide.mutationOptions({
      onSuccess: async () => {
        toast.success(t("success"));
        await queryClient.invalidateQueries({ queryKey: trpc.workOrder.pathKey() });
        router.refresh();
      },
      onError: (error) => toast.error(error.message),
    }),
  );

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (!party) return;
    const refundFen = yuanToFen(refund);
    const compensationFen = yuanToFen(compensation);
    if (refundFen === null || compensationFen === null) {
      toast.error(t("badAmount"));
      return;
    }
    decide.mutate({
      workOrderId: workOrder.id,
      liableParty: party,
      refundFen,
      compensationFen,
      reason,
      internalNote: internalNote.trim() || undefined,
    });
  }

  const busy = decide.isPending;
  const input = "w-full rounded-md border border-gray-300 px-2 py-1.5 text-sm disabled:bg-gray-50";
  return (
    <form onSubmit={onSubmit} className="flex flex-col gap-3" noValidate>
      {workOrder.status === "reviewing" ? <p className="text-xs text-amber-800">{t("reviewingHint")}</p> : null}
      {workOrder.type === "not_received" ? <p className="text-xs text-gray-500">{t("evidenceHint")}</p> : null}
      <fieldset className="flex flex-wrap gap-3 text-sm" disabled={busy}>
        <legend className="mb-1 font-medium">{t("liableParty")}</legend>
        {liableParties.map((p) => (
          <label key={p} className="flex cursor-pointer items-center gap-1.5">
            <input type="radio" name="liableParty" value={p} checked={party === p} onChange={() => setParty(p)} className="accent-brand-500" />
            {t(`parties.${p}`)}
          </label>
        ))}
      </fieldset>
      <div className="grid gap-3 sm:grid-cols-2">
        <label className="flex flex-col gap-1 text-sm">
          <span className="font-medium">{t("refund")}</span>
          <input value={refund} onChange={(e) => setRefund(e.target.value)} inputMode="decimal" placeholder="0.00" className={`${input} tabular-nums`} disabled={busy} />
        </label>
        <label className="flex flex-col gap-1 text-sm">
          <span className="font-medium">{t("compensation")}</span>
          <input value={compensation} onChange={(e) => setCompensation(e.target.value)} inputMode="decimal" placeholder="0.00" className={`${input} tabular-nums`} disabled={busy} />
        </label>
      </div>
      <span className="text-xs text-gray-500">{t("amountHint", { amount: formatFen(workOrder.order.amountFen) })}</span>
      <label className="flex flex-col gap-1 text-sm">
        <span className="font-medium">{t("reason")}</span>
        <textarea value={reason} onChange={(e) => setReason(e.target.value)} maxLength={1000} rows={3} className={input} disabled={busy} />
      </label>
      <label className="flex flex-col gap-1 text-sm">
        <span className="font-medium">{t("internalNote")}</span>
        <textarea value={internalNote} onChange={(e) => setInternalNote(e.target.value)} maxLength={1000} rows={2} className={input} disabled={busy} />
      </label>
      <div>
        <Button type="submit" disabled={busy || !party}>
          {busy ? <Loader2 className="size-4 animate-spin" aria-hidden /> : null}
          {busy ? t("submitting") : t("submit")}
        </Button>
      </div>
    </form>
  );
}
