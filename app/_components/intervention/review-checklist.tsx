"use client";

import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import type { ReviewCheck } from "@/server/domain/policies/types";
import { pick } from "../work-orders/localized";

/** WO-PDD-3: what the adjudicator checks on the red-stamp proof — a visual aid, nothing is saved. */
export function ReviewChecklist({ checks }: { checks: readonly ReviewCheck[] }) {
  const t = useTranslations("workOrder.intervention.checklist");
  const locale = useLocale();
  const [ticked, setTicked] = useState<ReadonlySet<string>>(new Set());
  const toggle = (key: string) =>
    setTicked((prev) => {
      const next = new Set(prev);
      if (next.has(key)) next.delete(key);
      else next.add(key);
      return next;
    });
  return (
    <div className="flex flex-col gap-2 text-sm">
      <p className="text-xs text-gray-500">{t("hint")}</p>
      {checks.map((check) => (
        <label key={check.key} className="flex cursor-pointer items-start gap-2">
          <input
            type="checkbox"
            checked={ticked.has(check.key)}
            onChange={() => toggle(check.key)}
            className="mt-0.5 accent-brand-500"
          />
          <span>{pick(check.label, locale)}</span>
        </label>
      ))}
    </div>
  );
}
