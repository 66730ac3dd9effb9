"use client";

import { useMutation } from "@tanstack/react-query";
import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { toast } from "sonner";
import { useTRPC } from "@/app/_trpc/client";
import { errorText } from "../disputes/localized";
import { Button } from "../ui/button";
import { EvidenceViewer, type ViewerGroup, type ViewerItem } from "./evidence-viewer";

type Finding = "invalid" | "ordinary" | "serious";

/** WO-3 / WO-TM-7: one evidence item's moderation — mark it invalid, or record it as forged — with the reason typed in place. */
function Moderation({ workOrderId, item }: { workOrderId: string; item: ViewerItem }) {
  const t = useTranslations("adjudication.moderation");
  const locale = useLocale();
  const trpc = useTRPC();
  const router = useRouter();
  const [finding, setFinding] = useState<Finding | null>(null);
  const [reason, setReason] = useState("");
  const done = (message: string) => () => {
    toast.success(message);
    setFinding(null);
    setReason("");
    router.refresh();
  };
  const onError = (error: { message: string }) => toast.error(errorText(error, locale));
  const invalidate = useMutation(trpc.intervention.admin.markEvidenceInvalid.mutationOptions({ onSuccess: done(t("invalidDone")), onError }));
  const forged = useMutation(trpc.intervention.admin.recordForgedEvidence.mutationOptions({ onSuccess: done(t("forgedDone")), onError }));
  const busy = invalidate.isPending || forged.isPending;

  if (finding) {
    const submit = () => {
      if (finding === "invalid") invalidate.mutate({ workOrderId, evidenceItemId: item.id, reason: reason.trim() });
      else forged.mutate({ workOrderId, evidenceItemId: item.id, severity: finding, reason: reason.trim() });
    };
    return (
      <div className="flex flex-col gap-1.5">
        <label className="flex flex-col gap-1 text-xs text-gray-600">
          {finding === "invalid" ? t("invalidReason") : t("forgedReason")}
          <textarea value={reason} onChange={(e) => setReason(e.target.value)} rows={2} maxLength={finding === "invalid" ? 500 : 1000} className="rounded-md border border-gray-300 px-2 py-1 text-sm" />
        </label>
        <div className="flex gap-1.5">
          <Button onClick={submit} disabled={busy || reason.trim().length < 2}>
            {t("confirm")}
          </Button>
          <Button variant="secondary" onClick={() => setFinding(null)} disabled={busy}>
            {t("cancel")}
          </Button>
        </div>
      </div>
    );
  }
  return (
    <div className="flex flex-wrap gap-1">
      {!item.invalidReason ? (
        <Button variant="secondary" className="px-2 py-1 text-xs" onClick={() => setFinding("invalid")}>
          {t("markInvalid")}
        </Button>
      ) : null}
      <Button variant="secondary" className="px-2 py-1 text-xs" onClick={() => setFinding("ordinary")}>
        {t("forgedOrdinary")}
      </Button>
      <Button variant="secondary" className="px-2 py-1 text-xs" onClick={() => setFinding("serious")}>
        {t("forgedSerious")}
      </Button>
    </div>
  );
}

/** A work order's submitted evidence with previews; while the platform decides it, each item can be moderated. */
export function WorkOrderEvidence({ workOrderId, groups, moderate, reviewing }: { workOrderId: string; groups: ViewerGroup[]; moderate: boolean; reviewing: boolean }) {
  const t = useTranslations("adjudication.moderation");
  return (
    <EvidenceViewer
      groups={groups}
      note={moderate && reviewing ? <p className="mb-3 rounded bg-amber-50 px-2 py-1 text-xs text-amber-900">{t("reviewHint")}</p> : null}
      actions={moderate ? (item) => <Moderation workOrderId={workOrderId} item={item} /> : undefined}
    />
  );
}
