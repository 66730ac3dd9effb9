"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { FileText } from "lucide-react";
import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { toast } from "sonner";
import { useTRPC } from "@/app/_trpc/client";
import type { EvidenceSlot } from "@/server/domain/policies/types";
import type { WorkOrderDetail } from "@/server/services/work-orders/get-work-order";
import { Badge } from "../ui/badge";
import { Button } from "../ui/button";
import { pick } from "../work-orders/localized";
import { isImage } from "./slots";

type Item = WorkOrderDetail["evidence"][number];

/**
 * WO-3: submitted (frozen) evidence grouped by slot, with image previews. With `moderate`
 * (admins, while judging/reviewing) each item can be marked invalid or recorded as forged (WO-TM-7).
 */
export function EvidenceReview({ workOrderId, evidence, slots, moderate }: { workOrderId: string; evidence: Item[]; slots: EvidenceSlot[]; moderate: boolean }) {
  const t = useTranslations("workOrder.intervention.evidence");
  const locale = useLocale();
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
  const done = (message: string) => async () => {
    toast.success(message);
    await queryClient.invalidateQueries({ queryKey: trpc.workOrder.pathKey() });
    router.refresh();
  };
  const onError = (error: { message: string }) => toast.error(error.message);
  const invalidate = useMutation(trpc.intervention.admin.markEvidenceInvalid.mutationOptions({ onSuccess: done(t("invalidDone")), onError }));
  const forged = useMutation(trpc.intervention.admin.recordForgedEvidence.mutationOptions({ onSuccess: done(t("forgedDone")), onError }));
  const busy = invalidate.isPending || forged.isPending;

  function markInvalid(item: Item) {
    const reason = window.prompt(t("invalidPrompt"));
    if (reason === null || reason.trim() === "") return;
    invalidate.mutate({ workOrderId, evidenceItemId: item.id, reason });
  }
  function recordForged(item: Item, severity: "ordinary" | "serious") {
    const reason = window.prompt(t("forgedPrompt"));
    if (reason === null || reason.trim() === "") return;
    forged.mutate({ workOrderId, evidenceItemId: item.id, severity, reason });
  }

  if (evidence.length === 0) return <p className="text-sm text-gray-500">{t("none")}</p>;
  const slotKeys = [...new Set(evidence.map((e) => e.slot))];
  return (
    <div className="flex flex-col gap-4">
      {slotKeys.map((key) => {
        const slot = slots.find((s) => s.key === key);
        return (
          <section key={key} className="flex flex-col gap-2">
            <h3 className="text-sm font-medium">{slot ? pick(slot.label, locale) : key}</h3>
            <ul className="grid gap-2 sm:grid-cols-2">
              {evidence
                .filter((e) => e.slot === key)
                .map((item) => (
                  <li key={item.id} className={`flex flex-col gap-2 rounded-md border p-2 text-sm ${item.invalidReason ? "border-red-200 bg-red-50" : "border-gray-200"}`}>
                    <a href={`/api/files/${item.fileId}?inline=1`} target="_blank" rel="noreferrer" className="flex items-center gap-2 text-blue-700 hover:underline">
                      {isImage(item.kind) ? (
                        <img src={`/api/files/${item.fileId}?inline=1`} alt={item.name} className="size-20 shrink-0 rounded object-cover" loading="lazy" />
                      ) : (
                        <FileText className="size-8 shrink-0 text-gray-400" aria-hidden />
                      )}
                      <span className="break-all">{item.name}</span>
                    </a>
                    {item.invalidReason ? <Badge tone="red">{t("invalid", { reason: item.invalidReason })}</Badge> : null}
                    {moderate ? (
                      <div className="flex flex-wrap gap-1">
                        {!item.invalidReason ? (
                          <Button variant="secondary" onClick={() => markInvalid(item)} disabled={busy}>
                            {t("markInvalid")}
                          </Button>
                        ) : null}
                        <Button variant="secondary" onClick={() => recordForged(item, "ordinary")} disabled={busy}>
                          {t("forged")} · {t("forgedOrdinary")}
                        </Button>
                        <Button variant="secondary" onClick={() => recordForged(item, "serious")} disabled={busy}>
                          {t("forged")} · {t("forgedSerious")}
                        </Button>
                      </div>
                    ) : null}
                  </li>
                ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
