"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Check, Loader2 } from "lucide-react";
import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useEffect, useMemo, useRef, useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { useTRPC } from "@/app/_trpc/client";
import type { submitWorkOrderEvidenceInput } from "@/server/services/intervention/submit-work-order-evidence-input";
import type { WorkOrderDetail } from "@/server/services/work-orders/get-work-order";
import { FileUploader } from "../evidence/file-uploader";
import type { UploadedFile } from "../evidence/uploaded-file";
import { feedbackToast } from "../ui/form/feedback-toast";
import { FormAlert } from "../ui/form/form-alert";
import { RadioGroupField } from "../ui/form/radio-group";
import { showServerError } from "../ui/form/server-error";
import { SubmitButton } from "../ui/form/submit-button";
import { TextareaField, TextField } from "../ui/form/text-fields";
import { useErrorText } from "../ui/form/use-error-text";
import { pick } from "../work-orders/localized";
import { evidenceFormSchema } from "./evidence-form-schema";
import { acceptFor } from "./slots";

type Draft = WorkOrderDetail["draft"];
type EvidenceValues = z.output<typeof submitWorkOrderEvidenceInput>;

/** The server's draft, as the uploader's files. */
function filesOf(draft: Draft): Record<string, UploadedFile[]> {
  return Object.fromEntries(
    Object.entries(draft.evidence).map(([slot, list]) => [
      slot,
      list.map((f) => ({
        id: f.fileId,
        originalName: f.name,
        kind: f.kind,
        sizeBytes: f.sizeBytes,
        sha256: f.sha256,
        contentType: f.contentType,
      })),
    ]),
  );
}

const idsOf = (files: Record<string, UploadedFile[]>) =>
  Object.fromEntries(Object.entries(files).map(([slot, list]) => [slot, list.map((f) => f.id)]));

const DRAFT_DEBOUNCE_MS = 500;

/**
 * WO-PDD-1/2, WO-3: the merchant takes exactly one path and uploads every slot of it in one
 * submission, plus the path's fields. What the path needs shows beside each slot and field; the
 * server checks again and evidence is frozen after. Until then the uploads are a draft kept on
 * the server (saved shortly after each change), so a reload keeps them.
 */
export function EvidenceForm({ workOrder }: { workOrder: WorkOrderDetail }) {
  const t = useTranslations("workOrder.intervention.evidence");
  const locale = useLocale();
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
  const toast = feedbackToast(`evidence-${workOrder.id}`);
  const paths = useMemo(() => workOrder.policy.paths ?? [], [workOrder.policy.paths]);
  const [files, setFiles] = useState<Record<string, UploadedFile[]>>(() => filesOf(workOrder.draft));
  const [draftSaved, setDraftSaved] = useState(false);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  /** Set while submitting: a draft save racing the submission is refused quietly (WO-3). */
  const submitting = useRef(false);
  const schema = useMemo(
    () =>
      evidenceFormSchema(paths, {
        path: t("chooseOne"),
        slot: (slot) => t("needSlot", { slot: pick(slot.label, locale), min: slot.min }),
        field: (field) => t("needField", { field: pick(field.label, locale) }),
      }),
    [paths, t, locale],
  );
  const form = useForm({
    resolver: zodResolver(schema),
    defaultValues: {
      workOrderId: workOrder.id,
      path: workOrder.draft.path ?? (paths.length === 1 ? paths[0]?.key : undefined),
      evidence: idsOf(filesOf(workOrder.draft)),
      fields: {},
    },
  });
  const { register, setValue, getValues, watch, formState } = form;
  const errorText = useErrorText(formState.errors);
  const pathKey = watch("path");
  const path = paths.find((p) => p.key === pathKey);

  const saveDraft = useMutation(
    trpc.intervention.merchant.saveDraft.mutationOptions({
      onSuccess: () => setDraftSaved(true),
      onError: (error) => {
        if (!submitting.current) toast.error(error.message);
      },
    }),
  );

  const cancelDraft = () => {
    if (timer.current !== null) clearTimeout(timer.current);
    timer.current = null;
  };
  useEffect(() => cancelDraft, []);

  /** Saves the chosen path's uploads as the draft, shortly after the last change. */
  function scheduleDraft(key: string | undefined, all: Record<string, UploadedFile[]>) {
    const chosen = paths.find((p) => p.key === key);
    cancelDraft();
    setDraftSaved(false);
    if (!chosen) return;
    const evidence = Object.fromEntries(chosen.slots.map((slot) => [slot.key, (all[slot.key] ?? []).map((f) => f.id)]));
    timer.current = setTimeout(() => {
      timer.current = null;
      saveDraft.mutate({ workOrderId: workOrder.id, path: chosen.key, evidence });
    }, DRAFT_DEBOUNCE_MS);
  }

  function changeFiles(slot: string, next: UploadedFile[]) {
    const all = { ...files, [slot]: next };
    setFiles(all);
    setValue(
      `evidence.${slot}`,
      next.map((f) => f.id),
      { shouldValidate: formState.isSubmitted },
    );
    scheduleDraft(getValues("path"), all);
  }

  const submit = useMutation(
    trpc.intervention.merchant.submitEvidence.mutationOptions({
      onSuccess: async () => {
        toast.success(t("success"));
        await queryClient.invalidateQueries({ queryKey: trpc.workOrder.pathKey() });
        router.refresh();
      },
      onError: (error) => {
        submitting.current = false;
        showServerError(form.setError, error, { fields: ["path"] });
      },
    }),
  );

  function onValid(values: EvidenceValues) {
    const chosen = paths.length === 1 ? paths[0] : paths.find((p) => p.key === values.path);
    if (!chosen) return;
    // Only the chosen path's slots and fields go out (WO-PDD-2: one path).
    const evidence = Object.fromEntries(chosen.slots.map((slot) => [slot.key, values.evidence[slot.key] ?? []]));
    const fields = Object.fromEntries(chosen.fields.map((f) => [f.key, values.fields[f.key] ?? ""]));
    cancelDraft();
    submitting.current = true;
    submit.mutate({ workOrderId: workOrder.id, path: chosen.key, evidence, fields });
  }

  const busy = submit.isPending;
  return (
    <form onSubmit={form.handleSubmit(onValid)} className="flex flex-col gap-4" noValidate>
      {paths.length > 1 ? (
        <RadioGroupField
          legend={t("chooseOne")}
          registration={register("path", {
            onChange: (event: { target: { value: string } }) => scheduleDraft(event.target.value, files),
          })}
          selected={pathKey}
          options={paths.map((p) => ({ value: p.key, label: pick(p.label, locale) }))}
          error={errorText("path")}
          disabled={busy}
        />
      ) : null}

      {path ? (
        <div className="flex flex-col gap-4">
          {path.slots.map((slot) => (
            <div key={`${path.key}.${slot.key}`} className="flex flex-col gap-1">
              <FileUploader
                purpose="evidence"
                accept={acceptFor(slot)}
                multiple
                value={files[slot.key] ?? []}
                onChange={(next) => changeFiles(slot.key, next)}
                label={pick(slot.label, locale)}
                error={errorText(`evidence.${slot.key}`)}
                disabled={busy}
              />
              <span className="text-xs text-gray-500">
                {slot.min === 0
                  ? t("slotOptional", { max: slot.max })
                  : t("slotHint", { min: slot.min, max: slot.max })}
              </span>
            </div>
          ))}
          {path.fields.map((field) => {
            const common = {
              label: (
                <>
                  {pick(field.label, locale)}
                  {field.required ? <span className="text-red-600"> *</span> : null}
                </>
              ),
              registration: register(`fields.${field.key}`),
              error: errorText(`fields.${field.key}`),
              maxLength: field.maxLength,
              disabled: busy,
            };
            return field.maxLength > 100 ? (
              <TextareaField key={`${path.key}.${field.key}`} {...common} rows={3} />
            ) : (
              <TextField key={`${path.key}.${field.key}`} {...common} controlClassName="font-mono sm:w-72" />
            );
          })}
          <p className="rounded-md bg-amber-50 p-2 text-xs text-amber-900">{t("freezeWarning")}</p>
        </div>
      ) : null}

      <FormAlert message={errorText("root")} />
      <div className="flex flex-wrap items-center gap-3">
        <SubmitButton pending={busy} pendingLabel={t("submitting")}>
          {t("submit")}
        </SubmitButton>
        <span className="inline-flex items-center gap-1 text-xs text-gray-500" aria-live="polite">
          {saveDraft.isPending ? (
            <>
              <Loader2 className="size-3 animate-spin" aria-hidden />
              {t("draftSaving")}
            </>
          ) : draftSaved ? (
            <>
              <Check className="size-3 text-green-600" aria-hidden />
              {t("draftSaved")}
            </>
          ) : null}
        </span>
      </div>
    </form>
  );
}
