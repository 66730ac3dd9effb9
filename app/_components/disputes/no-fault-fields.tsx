"use client";

import { useLocale, useTranslations } from "next-intl";
import type { UseFormReturn } from "react-hook-form";
import type { EvidenceReason } from "@/server/domain/policies/types";
import type { ChoosePlanInput } from "@/server/services/disputes/choose-dispute-plan-input";
import { controlClass, Field } from "../ui/form/field";
import { TextareaField } from "../ui/form/text-fields";
import { UploadField } from "../ui/form/upload-field";
import { acceptFor, localized } from "./localized";
import type { PlanFormInput } from "./plan-form-schema";

/** DSP-3 / WO-3: the evidence reason, a statement, then one uploader per named slot (kept in the form as file ids). */
export function NoFaultFields(props: {
  form: UseFormReturn<PlanFormInput, unknown, ChoosePlanInput>;
  reasons: readonly EvidenceReason[];
  errorText: (name: "reason" | "statement" | `evidence.${string}`) => string | undefined;
  disabled: boolean;
}) {
  const t = useTranslations("dispute.plan");
  const locale = useLocale();
  const { register, control, setValue, watch } = props.form;
  const reason = watch("reason");
  const chosen = props.reasons.find((r) => r.key === reason);
  return (
    <div className="flex flex-col gap-3 rounded-md bg-gray-50 p-3">
      <Field label={t("reason")} error={props.errorText("reason")}>
        {(c) => (
          <select
            {...c}
            {...register("reason", { onChange: () => setValue("evidence", {}) })}
            className={controlClass}
            disabled={props.disabled}
          >
            <option value="">{t("chooseReason")}</option>
            {props.reasons.map((r) => (
              <option key={r.key} value={r.key}>
                {localized(r.label, locale)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <TextareaField
        label={t("statement")}
        registration={register("statement")}
        error={props.errorText("statement")}
        rows={3}
        maxLength={1000}
        placeholder={t("statementPlaceholder")}
        disabled={props.disabled}
      />
      {chosen?.slots.map((slot) => (
        <div key={`${chosen.key}.${slot.key}`}>
          <UploadField
            control={control}
            name={`evidence.${slot.key}`}
            defaultValue={[]}
            purpose="evidence"
            accept={acceptFor(slot.accepts)}
            multiple={slot.max > 1}
            label={`${localized(slot.label, locale)}${slot.min > 0 ? " *" : ""}`}
            error={props.errorText(`evidence.${slot.key}`)}
            disabled={props.disabled}
          />
          <p className="mt-1 text-xs text-gray-500">
            {slot.min > 0 ? t("slotHint", { min: slot.min, max: slot.max }) : t("slotOptional", { max: slot.max })}
          </p>
        </div>
      ))}
    </div>
  );
}
