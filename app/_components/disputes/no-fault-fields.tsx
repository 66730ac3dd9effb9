"use client";

import { useLocale, useTranslations } from "next-intl";
import type { Dispatch, SetStateAction } from "react";
import type { EvidenceReason } from "@/server/domain/policies/types";
import { FileUploader } from "../evidence/file-uploader";
import type { UploadedFile } from "../evidence/uploaded-file";
import { acceptFor, localized } from "./localized";

const input = "w-full rounded-md border border-gray-300 bg-white px-2 py-1.5 text-sm";

/** DSP-3 / WO-3: the evidence reason, a statement, then one uploader per named slot. */
export function NoFaultFields(props: {
  reasons: readonly EvidenceReason[];
  reason: string;
  onReason: (key: string) => void;
  statement: string;
  onStatement: (text: string) => void;
  slots: Record<string, UploadedFile[]>;
  onSlots: Dispatch<SetStateAction<Record<string, UploadedFile[]>>>;
  disabled: boolean;
}) {
  const t = useTranslations("dispute.plan");
  const locale = useLocale();
  const chosen = props.reasons.find((r) => r.key === props.reason);
  return (
    <div className="flex flex-col gap-3 rounded-md bg-gray-50 p-3">
      <label className="flex flex-col gap-1 text-sm">
        {t("reason")}
        <select
          className={input}
          value={props.reason}
          onChange={(e) => {
            props.onReason(e.target.value);
            props.onSlots({});
          }}
        >
          <option value="">{t("chooseReason")}</option>
          {props.reasons.map((r) => (
            <option key={r.key} value={r.key}>
              {localized(r.label, locale)}
            </option>
          ))}
        </select>
      </label>
      <label className="flex flex-col gap-1 text-sm">
        {t("statement")}
        <textarea className={input} rows={3} maxLength={1000} value={props.statement} placeholder={t("statementPlaceholder")} onChange={(e) => props.onStatement(e.target.value)} />
      </label>
      {chosen?.slots.map((slot) => (
        <div key={slot.key}>
          <FileUploader
            purpose="evidence"
            accept={acceptFor(slot.accepts)}
            multiple={slot.max > 1}
            value={props.slots[slot.key] ?? []}
            onChange={(files) => props.onSlots((current) => ({ ...current, [slot.key]: files }))}
            label={`${localized(slot.label, locale)}${slot.min > 0 ? " *" : ""}`}
            disabled={props.disabled}
          />
          <p className="mt-1 text-xs text-gray-500">{slot.min > 0 ? t("slotHint", { min: slot.min, max: slot.max }) : t("slotOptional", { max: slot.max })}</p>
        </div>
      ))}
    </div>
  );
}
