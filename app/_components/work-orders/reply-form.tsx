"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Loader2 } from "lucide-react";
import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { toast } from "sonner";
import { useTRPC } from "@/app/_trpc/client";
import type { ReplyToUrgeWorkOrderInput } from "@/server/services/work-orders/reply-to-urge-work-order";
import type { WorkOrderDetail } from "@/server/services/work-orders/get-work-order";
import { FileUploader } from "../evidence/file-uploader";
import type { UploadedFile } from "../evidence/uploaded-file";
import { Button } from "../ui/button";
import { pick } from "./localized";
import { instantToZonedLocal, zonedLocalToInstant } from "./zoned-time";

type Resolution = ReplyToUrgeWorkOrderInput["resolution"];
const resolutionKeys: readonly Resolution[] = ["invoice_issued", "agreed_no_invoice", "agreed_cannot_issue", "agreed_invoice_date"];
const isResolution = (key: string): key is Resolution => (resolutionKeys as readonly string[]).includes(key);

/**
 * INV-5: the invoicing party answers with exactly one resolution of the work order's own
 * policy version (ROL-1). Only the chosen resolution's fields show; the server checks again.
 */
export function ReplyForm({ workOrder, audience }: { workOrder: WorkOrderDetail; audience: "merchant" | "admin" }) {
  const t = useTranslations("workOrder.reply");
  const locale = useLocale();
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
  const timeZone = workOrder.shop.timeZone;
  const options = workOrder.policy.resolutions.filter((r) => isResolution(r.key));

  const [resolution, setResolution] = useState<Resolution | null>(null);
  const [invoiceNo, setInvoiceNo] = useState("");
  const [files, setFiles] = useState<UploadedFile[]>([]);
  const [promisedAt, setPromisedAt] = useState("");
  const [note, setNote] = useState("");
  const [problem, setProblem] = useState<string | null>(null);

  const onSuccess = async () => {
    toast.success(t("success"));
    await queryClient.invalidateQueries({ queryKey: trpc.workOrder.pathKey() });
    router.refresh();
  };
  const onError = (error: { message: string }) => toast.error(error.message);
  const merchantReply = useMutation(trpc.workOrder.merchant.reply.mutationOptions({ onSuccess, onError }));
  const adminReply = useMutation(trpc.workOrder.admin.reply.mutationOptions({ onSuccess, onError }));
  const reply = audience === "merchant" ? merchantReply : adminReply;

  function build(): ReplyToUrgeWorkOrderInput | string {
    const workOrderId = workOrder.id;
    const trimmedNote = note.trim() || undefined;
    switch (resolution) {
      case null:
        return t("errors.chooseOne");
      case "invoice_issued": {
        const fileId = files[0]?.id;
        if (!invoiceNo.trim()) return t("errors.invoiceNo");
        if (!fileId) return t("errors.file");
        return { workOrderId, resolution, invoiceNo: invoiceNo.trim(), fileId };
      }
      case "agreed_invoice_date": {
        const at = zonedLocalToInstant(promisedAt, timeZone);
        if (!at) return t("errors.date");
        return { workOrderId, resolution, promisedAt: at, note: trimmedNote };
      }
      default:
        return { workOrderId, resolution, note: trimmedNote };
    }
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    const input = build();
    if (typeof input === "string") {
      setProblem(input);
      return;
    }
    setProblem(null);
    reply.mutate(input);
  }

  const busy = reply.isPending;
  const field = "w-full rounded-md border border-gray-300 px-2 py-1.5 text-sm disabled:bg-gray-50";
  return (
    <form onSubmit={submit} className="flex flex-col gap-4" noValidate>
      <fieldset className="flex flex-col gap-2" disabled={busy}>
        <legend className="mb-2 text-sm text-gray-600">{t("chooseOne")}</legend>
        {options.map((option) => {
          const key = option.key;
          if (!isResolution(key)) return null;
          const chosen = resolution === key;
          return (
            <label
              key={key}
              className={`flex cursor-pointer gap-3 rounded-lg border p-3 text-sm ${chosen ? "border-brand-500 bg-brand-500/5" : "border-gray-200 hover:bg-gray-50"}`}
            >
              <input type="radio" name="resolution" value={key} checked={chosen} onChange={() => setResolution(key)} className="mt-0.5 accent-brand-500" />
              <span>
                <span className="font-medium">{pick(option.label, locale)}</span>
                <span className="block text-xs text-gray-500">{t(`hints.${key}`)}</span>
              </span>
            </label>
          );
        })}
      </fieldset>

      {resolution === "invoice_issued" ? (
        <div className="flex flex-col gap-3">
          <label className="flex flex-col gap-1 text-sm">
            <span className="font-medium">{t("invoiceNo")}</span>
            <input value={invoiceNo} onChange={(e) => setInvoiceNo(e.target.value)} maxLength={64} required className={`${field} font-mono`} disabled={busy} />
          </label>
          <FileUploader purpose="invoice" accept=".pdf,.ofd" value={files} onChange={setFiles} label={t("invoiceFile")} disabled={busy} />
        </div>
      ) : null}

      {resolution === "agreed_invoice_date" ? (
        <label className="flex flex-col gap-1 text-sm">
          <span className="font-medium">{t("promisedAt")}</span>
          <input
            type="datetime-local"
            value={promisedAt}
            min={instantToZonedLocal(workOrder.now, timeZone)}
            onChange={(e) => setPromisedAt(e.target.value)}
            required
            className={`${field} sm:w-64`}
            disabled={busy}
          />
          <span className="text-xs text-gray-500">{t("promisedAtHint", { timeZone })}</span>
        </label>
      ) : null}

      {resolution && resolution !== "invoice_issued" ? (
        <label className="flex flex-col gap-1 text-sm">
          <span className="font-medium">{t("note")}</span>
          <textarea value={note} onChange={(e) => setNote(e.target.value)} maxLength={500} rows={3} placeholder={t("notePlaceholder")} className={field} disabled={busy} />
        </label>
      ) : null}

      {problem ? (
        <p role="alert" className="text-sm text-red-600">
          {problem}
        </p>
      ) : null}
      <div>
        <Button type="submit" disabled={busy || !resolution}>
          {busy ? <Loader2 className="size-4 animate-spin" aria-hidden /> : null}
          {busy ? t("submitting") : t("submit")}
        </Button>
      </div>
    </form>
  );
}
