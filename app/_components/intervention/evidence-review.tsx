"use client";

import { FileText } from "lucide-react";
import { useLocale, useTranslations } from "next-intl";
import type { EvidenceSlot } from "@/server/domain/policies/types";
import type { WorkOrderDetail } from "@/server/services/work-orders/get-work-order";
import { EvidenceModeration } from "../adjudication/evidence-moderation";
import { Badge } from "../ui/badge";
import { pick } from "../work-orders/localized";
import { isImage } from "./slots";

type Item = WorkOrderDetail["evidence"][number];

/**
 * WO-3: submitted (frozen) evidence grouped by slot, with image previews. With `moderate`
 * (admins, while judging/reviewing) each item can be marked invalid or recorded as forged (WO-TM-7),
 * with the reason typed in place.
 */
export function EvidenceReview({
  workOrderId,
  evidence,
  slots,
  moderate,
}: {
  workOrderId: string;
  evidence: Item[];
  slots: EvidenceSlot[];
  moderate: boolean;
}) {
  const t = useTranslations("workOrder.intervention.evidence");
  const locale = useLocale();

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
                  <li
                    key={item.id}
                    className={`flex flex-col gap-2 rounded-md border p-2 text-sm ${item.invalidReason ? "border-red-200 bg-red-50" : "border-gray-200"}`}
                  >
                    <a
                      href={`/api/files/${item.fileId}?inline=1`}
                      target="_blank"
                      rel="noreferrer"
                      className="flex items-center gap-2 text-blue-700 hover:underline"
                    >
                      {isImage(item.kind) ? (
                        <img
                          src={`/api/files/${item.fileId}?inline=1`}
                          alt={item.name}
                          className="size-20 shrink-0 rounded object-cover"
                          loading="lazy"
                        />
                      ) : (
                        <FileText className="size-8 shrink-0 text-gray-500" aria-hidden />
                      )}
                      <span className="break-all">{item.name}</span>
                    </a>
                    {item.invalidReason ? (
                      <Badge tone="red">{t("invalid", { reason: item.invalidReason })}</Badge>
                    ) : null}
                    {moderate ? <EvidenceModeration workOrderId={workOrderId} item={item} /> : null}
                  </li>
                ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
