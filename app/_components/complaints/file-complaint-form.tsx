"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useEffect, useMemo, useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { useTRPC } from "@/app/_trpc/client";
import { complaintCategories, type ComplaintCategory } from "@/server/domain/complaint";
import { categoryRule } from "@/server/domain/policies/complaints";
import { currentComplaintPolicy } from "@/server/domain/policies/registry";
import { fileComplaintInput } from "@/server/services/complaints/file-complaint-input";
import { acceptFor, localized } from "../disputes/localized";
import { useSubmissionKey } from "../idempotency-key";
import { FileUploader } from "../evidence/file-uploader";
import type { UploadedFile } from "../evidence/uploaded-file";
import { Button } from "../ui/button";
import { feedbackToast } from "../ui/form/feedback-toast";
import { FormAlert } from "../ui/form/form-alert";
import { RadioGroupField } from "../ui/form/radio-group";
import { showServerError } from "../ui/form/server-error";
import { SubmitButton } from "../ui/form/submit-button";
import { TextareaField } from "../ui/form/text-fields";
import { useErrorText } from "../ui/form/use-error-text";
import { BuyerLookup, OrderChecklist } from "./buyer-orders";
import { clearDraft, readDraft, writeDraft } from "./complaint-draft";
import type { BuyerOrders } from "./types";

type Values = z.input<typeof fileComplaintInput>;
type Output = z.output<typeof fileComplaintInput>;

/**
 * MAL-1: 发起投诉 — the buyer (from an order of this shop, or found by an order number), the category, the
 * buyer's orders it names, a statement and the category's evidence slots. Uploads go through the upload
 * pipeline at once; until submitted the form is a draft kept in this browser (a reload keeps it), and the
 * evidence is frozen by the server on filing.
 */
export function FileComplaintForm(props: {
  shopId: string;
  timeZone: string;
  initial: BuyerOrders | null;
  preselectedOrderId?: string;
}) {
  const t = useTranslations("complaint");
  const locale = useLocale();
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
  const toast = feedbackToast("file-complaint");
  const submission = useSubmissionKey();
  const policy = currentComplaintPolicy();
  const [buyer, setBuyer] = useState<BuyerOrders | null>(props.initial);
  const [files, setFiles] = useState<Record<string, UploadedFile[]>>({});
  const [restored, setRestored] = useState(false);
  const schema = useMemo(
    () =>
      fileComplaintInput.superRefine((values, issue) => {
        const rule = categoryRule(policy, values.category);
        if (values.orderIds.length < rule.minOrders)
          issue.addIssue({ code: "custom", path: ["orderIds"], message: t("form.needOrders") });
        for (const slot of rule.slots) {
          if ((values.evidence[slot.key] ?? []).length < slot.min)
            issue.addIssue({
              code: "custom",
              path: ["evidence", slot.key],
              message: t("form.needSlot", { slot: localized(slot.label, locale), min: slot.min }),
            });
        }
      }),
    [policy, t, locale],
  );
  const form = useForm<Values, unknown, Output>({
    resolver: zodResolver(schema),
    defaultValues: {
      consumerId: props.initial?.consumer.id ?? "",
      orderIds: props.preselectedOrderId ? [props.preselectedOrderId] : [],
      statement: "",
      evidence: {},
    },
  });
  const { register, setValue, watch, formState, reset, getValues } = form;
  const errorText = useErrorText(formState.errors);
  const category = watch("category") as ComplaintCategory | undefined;
  const orderIds = watch("orderIds");
  const rule = category ? categoryRule(policy, category) : null;

  // Restore this shop's unsent draft once (same buyer only, or any when the form starts empty).
  useEffect(() => {
    const draft = readDraft<Values>(props.shopId);
    if (!draft || (props.initial && draft.buyer.consumer.id !== props.initial.consumer.id)) return;
    setBuyer(draft.buyer);
    setFiles(draft.files);
    reset(draft.values);
    setRestored(true);
  }, [props.shopId, props.initial, reset]);

  // Keep the draft as the form changes.
  useEffect(() => {
    const sub = watch((values) => {
      if (buyer) writeDraft(props.shopId, { buyer, files, values: values as Values });
    });
    return () => sub.unsubscribe();
  }, [watch, buyer, files, props.shopId]);

  function chooseBuyer(found: BuyerOrders | null) {
    setBuyer(found);
    setValue("consumerId", found?.consumer.id ?? "");
    setValue("orderIds", []);
  }

  function changeFiles(slot: string, next: UploadedFile[]) {
    const all = { ...files, [slot]: next };
    setFiles(all);
    setValue(
      `evidence.${slot}`,
      next.map((f) => f.id),
      { shouldValidate: formState.isSubmitted },
    );
    if (buyer) writeDraft(props.shopId, { buyer, files: all, values: getValues() });
  }

  const submit = useMutation(
    trpc.complaint.merchant.file.mutationOptions({
      onSuccess: async (result) => {
        submission.renew();
        clearDraft(props.shopId);
        toast.success(t("form.success"));
        await queryClient.invalidateQueries({ queryKey: trpc.complaint.pathKey() });
        router.push(`/merchant/complaints/${result.id}`);
      },
      onError: (error) =>
        showServerError(form.setError, error, {
          fields: ["consumerId", "category", "orderIds", "statement"],
        }),
    }),
  );

  function onValid(values: Output) {
    // Only the chosen category's slots go out.
    const slots = rule?.slots ?? [];
    const evidence = Object.fromEntries(slots.map((slot) => [slot.key, values.evidence[slot.key] ?? []]));
    submit.mutate({ ...values, evidence, idempotencyKey: submission.key() });
  }

  const busy = submit.isPending;
  return (
    <form onSubmit={form.handleSubmit(onValid)} className="flex flex-col gap-5" noValidate>
      {restored ? (
        <p className="flex flex-wrap items-center gap-2 rounded-md bg-blue-50 p-2 text-xs text-blue-900" role="status">
          {t("form.draftRestored")}
          <Button
            type="button"
            variant="ghost"
            onClick={() => {
              clearDraft(props.shopId);
              window.location.reload();
            }}
          >
            {t("form.discardDraft")}
          </Button>
        </p>
      ) : null}
      {buyer ? (
        <div className="flex flex-wrap items-center gap-2 text-sm">
          <span className="text-gray-600">{t("form.buyer")}:</span>
          <span className="font-medium" data-testid="complaint-buyer">
            {buyer.consumer.name}
          </span>
          {props.initial ? null : (
            <Button type="button" variant="ghost" onClick={() => chooseBuyer(null)} disabled={busy}>
              {t("form.changeBuyer")}
            </Button>
          )}
        </div>
      ) : (
        <BuyerLookup onFound={chooseBuyer} disabled={busy} />
      )}
      {errorText("consumerId") && !buyer ? <FormAlert message={t("form.needBuyer")} /> : null}

      {buyer ? (
        <>
          <RadioGroupField
            legend={t("form.category")}
            hint={rule ? localized(rule.hint, locale) : t("form.categoryHint")}
            registration={register("category")}
            selected={category}
            options={complaintCategories.map((v) => ({ value: v, label: t(`categories.${v}`) }))}
            error={errorText("category") ? t("form.needCategory") : undefined}
            disabled={busy}
          />
          <OrderChecklist
            buyer={buyer}
            timeZone={props.timeZone}
            selected={orderIds}
            onChange={(ids) => setValue("orderIds", ids, { shouldValidate: formState.isSubmitted })}
            error={errorText("orderIds")}
            disabled={busy}
          />
          <TextareaField
            label={t("form.statement")}
            hint={t("form.statementHint", { min: policy.statement.minLength, max: policy.statement.maxLength })}
            registration={register("statement")}
            error={errorText("statement")}
            maxLength={policy.statement.maxLength}
            rows={4}
            disabled={busy}
          />
          {rule ? (
            <fieldset className="flex flex-col gap-4">
              <legend className="mb-1 text-sm font-medium text-gray-800">{t("form.evidence")}</legend>
              {rule.slots.map((slot) => (
                <div key={`${rule.key}.${slot.key}`} className="flex flex-col gap-1">
                  <FileUploader
                    purpose="evidence"
                    accept={acceptFor(slot.accepts)}
                    multiple
                    value={files[slot.key] ?? []}
                    onChange={(next) => changeFiles(slot.key, next)}
                    label={localized(slot.label, locale)}
                    error={errorText(`evidence.${slot.key}`)}
                    disabled={busy}
                  />
                  <span className="text-xs text-gray-500">
                    {slot.min === 0
                      ? t("form.slotOptional", { max: slot.max })
                      : t("form.slotHint", { min: slot.min, max: slot.max })}
                  </span>
                </div>
              ))}
              <p className="rounded-md bg-amber-50 p-2 text-xs text-amber-900">{t("form.freezeWarning")}</p>
            </fieldset>
          ) : null}
        </>
      ) : null}

      <FormAlert message={errorText("root")} />
      <div>
        <SubmitButton pending={busy} pendingLabel={t("form.submitting")} disabled={!buyer}>
          {t("form.submit")}
        </SubmitButton>
      </div>
    </form>
  );
}
