"use client";

import { useTranslations } from "next-intl";
import { EvidenceModeration } from "./evidence-moderation";
import { EvidenceViewer, type ViewerGroup } from "./evidence-viewer";

/** A work order's submitted evidence with previews; while the platform decides it, each item can be moderated. */
export function WorkOrderEvidence({
  workOrderId,
  groups,
  moderate,
  reviewing,
}: {
  workOrderId: string;
  groups: ViewerGroup[];
  moderate: boolean;
  reviewing: boolean;
}) {
  const t = useTranslations("adjudication.moderation");
  return (
    <EvidenceViewer
      groups={groups}
      note={
        moderate && reviewing ? (
          <p className="mb-3 rounded bg-amber-50 px-2 py-1 text-xs text-amber-900">{t("reviewHint")}</p>
        ) : null
      }
      actions={moderate ? (item) => <EvidenceModeration workOrderId={workOrderId} item={item} /> : undefined}
    />
  );
}
