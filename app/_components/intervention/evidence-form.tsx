"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Check, Loader2 } from "lucide-react";
import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState, type FormEvent } from "react";
import { toast } from "sonner";
import { useTRPC } from "@/app/_trpc/client";
import type { WorkOrderDetail } from "@/server/services/work-orders/get-work-order";
import { FileUploader } from "../evidence/file-uploader";
import type { UploadedFile } from "../evidence/uploaded-file";
import { Button } from "../ui/button";
import { pick } from "../work-orders/localized";
import { acceptFor } from "./slots";

type Draft = WorkOrderDetail["draft"];

/** The server's draft, as the uploader's files. */
function filesOf(draft: Draft): Record<string, UploadedFile[]> {
  return Object.fromEntries(
    Object.entries(draft.evidence).map(([slot, list]) => [
      slot,
      list.map((f) => ({ id: f.fileId, originalName: f.name, kind: f.kind, sizeBytes: f.sizeBytes, sha256: f.sha256, contentType: f.contentType })),
    ]),
  );
}

const DRAFT_DEBOUNCE_MS = 500;

/**
 * WO-PDD-1/2, WO-3: the merchant takes exactly one path and uploads every slot of it in one
 * submission, plus the path's fields. The server names any missing slot; evidence is frozen after.
 * Until then the uploads are a draft kept on the server (saved shortly after each change), so a
 * reload keeps them.
 */
export function EvidenceForm({ workOrder }: { workOrder: WorkOrderDetail }) {
  const t = useTranslations("workOrder.intervention.evidence");
  const locale = useLocale();
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
  const paths = workOrder.policy.paths ?? [];
  const [pathKey, setPathKey] = useState<string | null>(workOrder.draft.path ?? (paths.length === 1 ? (paths[0]?.key ?? null) : null));
  const [files, setFiles] = useState<Record<string, UploadedFile[]>>(() => filesOf(workOrder.draft));
  const [draftSaved, setDraftSaved] = useState(false);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  /** Set while submitting: a draft save racing the submission is refused quietly (WO-3). */
  const submitting = useRef(false);
  const [fields, setFields] = useState<Record<string, string>>({});
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
  function scheduleDraft(key: string | null, all: Record<string, UploadedFile[]>) {
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

  function choosePath(key: string) {
    setPathKey(key);
    scheduleDraft(key, files);
  }

  function changeFiles(slot: string, next: UploadedFile[]) {
    const all = { ...files, [slot]: next };
    setFiles(all);
    scheduleDraft(pathKey, all);
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
        toast.error(error.message);
      },
    }),
  );

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (!path) {
      toast.error(t("chooseOne"));
      return;
    }
    const evidence = Object.fromEntries(path.slots.map((slot) => [slot.key, (files[slot.key] ?? []).map((f) => f.id)]));
    const values = Object.fromEntries(path.fields.map((f) => [f.key, fields[f.key] ?? ""]));
    cancelDraft();
    submitting.current = true;
    submit.mutate({ workOrderId: workOrder.id, path: path.key, evidence, fields: values });
  }

  const busy = submit.isPending;
  const input = "w-full rounded-md border border-gray-300 px-2 py-1.5 text-sm disabled:bg-gray-50";
  return (
    <form onSubmit={onSubmit} className="flex flex-col gap-4" noValidate>
      {paths.length > 1 ? (
        <fieldset className="flex flex-col gap-2" disabled={busy}>
          <legend className="mb-2 text-sm text-gray-600">{t("chooseOne")}</legend>
          {paths.map((p) => (
            <label
              key={p.key}
              className={`flex cursor-pointer gap-3 rounded-lg border p-3 text-sm ${p.key === pathKey ? "border-brand-500 bg-brand-500/5" : "border-gray-200 hover:bg-gray-50"}`}
            >
              <input type="radio" name="path" value={p.key} checked={p.key === pathKey} onChange={() => choosePath(p.key)} className="mt-0.5 accent-brand-500" />
              <span className="font-medium">{pick(p.label, locale)}</span>
            </label>
          ))}
        </fieldset>
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
                disabled={busy}
              />
              <span className="text-xs text-gray-500">{slot.min === 0 ? t("slotOptional", { max: slot.max }) : t("slotHint", { min: slot.min, max: slot.max })}</span>
            </div>
          ))}
          {path.fields.map((field) => (
            <label key={`${path.key}.${field.key}`} className="flex flex-col gap-1 text-sm">
              <span className="font-medium">
                {pick(field.label, locale)}
                {field.required ? <span className="text-red-600"> *</span> : null}
              </span>
              {field.maxLength > 100 ? (
                <textarea
                  value={fields[field.key] ?? ""}
                  onChange={(e) => setFields((all) => ({ ...all, [field.key]: e.target.value }))}
                  maxLength={field.maxLength}
                  rows={3}
                  className={input}
                  disabled={busy}
                />
              ) : (
                <input
                  value={fields[field.key] ?? ""}
                  onChange={(e) => setFields((all) => ({ ...all, [field.key]: e.target.value }))}
                  maxLength={field.maxLength}
                  className={`${input} font-mono sm:w-72`}
                  disabled={busy}
                />
              )}
            </label>
          ))}
          <p className="rounded-md bg-amber-50 p-2 text-xs text-amber-900">{t("freezeWarning")}</p>
        </div>
      ) : null}

      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" disabled={busy || !path}>
          {busy ? <Loader2 className="size-4 animate-spin" aria-hidden /> : null}
          {busy ? t("submitting") : t("submit")}
        </Button>
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
