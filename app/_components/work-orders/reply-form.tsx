"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { useTRPC } from "@/app/_trpc/client";
import {
  replyToUrgeWorkOrderInput,
  type ReplyToUrgeWorkOrderInput,
} from "@/server/services/work-orders/reply-to-urge-work-order-input";
import type { WorkOrderDetail } from "@/server/services/work-orders/get-work-order";
import { feedbackToast } from "../ui/form/feedback-toast";
import { FormAlert } from "../ui/form/form-alert";
import { RadioGroupField } from "../ui/form/radio-group";
import { showServerError } from "../ui/form/server-error";
import { SubmitButton } from "../ui/form/submit-button";
import { TextareaField, TextField } from "../ui/form/text-fields";
import { UploadField } from "../ui/form/upload-field";
import { useErrorText } from "../ui/form/use-error-text";
import { pick } from "./localized";
import { instantToZonedLocal, zonedLocalToInstant } from "./zoned-time";

type Resolution = ReplyToUrgeWorkOrderInput["resolution"];
const resolutionKeys: readonly Resolution[] = [
  "invoice_issued",
  "agreed_no_invoice",
  "agreed_cannot_issue",
  "agreed_invoice_date",
];
const isResolution = (key: string): key is Resolution => (resolutionKeys as readonly string[]).includes(key);

/**
 * INV-5: the invoicing party answers with exactly one resolution of the work order's own
 * policy version (ROL-1). Only the chosen resolution's fields show (and are sent); the verb's
 * schema checks them here and again on the server.
 */
export function ReplyForm({ workOrder, audience }: { workOrder: WorkOrderDetail; audience: "merchant" | "admin" }) {
  const t = useTranslations("workOrder.reply");
  const locale = useLocale();
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
  const toast = feedbackToast(`reply-${workOrder.id}`);
  const timeZone = workOrder.shop.timeZone;
  const options = workOrder.policy.resolutions.filter((r) => isResolution(r.key));
  const form = useForm({
    resolver: zodResolver(replyToUrgeWorkOrderInput),
    defaultValues: { workOrderId: workOrder.id },
  });
  const { register, control, watch, formState } = form;
  const errorText = useErrorText(formState.errors, {
    resolution: t("errors.chooseOne"),
    fileId: t("errors.file"),
    promisedAt: t("errors.date"),
  });

  const handlers = {
    onSuccess: async () => {
      toast.success(t("success"));
      await queryClient.invalidateQueries({ queryKey: trpc.workOrder.pathKey() });
      router.refresh();
    },
    onError: (error: unknown) =>
      showServerError(form.setError, error, {
        fields: ["resolution", "invoiceNo", "fileId", "promisedAt", "note"],
        codes: {
          PROMISED_AT_NOT_FUTURE: "promisedAt",
          NOTE_REQUIRED: "note",
          INVOICE_FILE_REQUIRED: "fileId",
          UNKNOWN_RESOLUTION: "resolution",
        },
      }),
  };
  const merchantReply = useMutation(trpc.workOrder.merchant.reply.mutationOptions(handlers));
  const adminReply = useMutation(trpc.workOrder.admin.reply.mutationOptions(handlers));
  const reply = audience === "merchant" ? merchantReply : adminReply;
  const busy = reply.isPending;
  const resolution = watch("resolution");

  function submit(values: ReplyToUrgeWorkOrderInput) {
    reply.mutate(values.resolution === "invoice_issued" ? values : { ...values, note: values.note || undefined });
  }

  return (
    <form onSubmit={form.handleSubmit(submit)} className="flex flex-col gap-4" noValidate>
      <RadioGroupField
        legend={t("chooseOne")}
        registration={register("resolution")}
        selected={resolution}
        options={options.flatMap((option) =>
          isResolution(option.key)
            ? [{ value: option.key, label: pick(option.label, locale), hint: t(`hints.${option.key}`) }]
            : [],
        )}
        error={errorText("resolution")}
        disabled={busy}
      />

      {resolution === "invoice_issued" ? (
        <div className="flex flex-col gap-3">
          <TextField
            label={t("invoiceNo")}
            registration={register("invoiceNo", { shouldUnregister: true })}
            error={errorText("invoiceNo")}
            maxLength={64}
            controlClassName="font-mono"
            disabled={busy}
          />
          <UploadField
            control={control}
            name="fileId"
            oneId
            purpose="invoice"
            accept=".pdf,.ofd"
            label={t("invoiceFile")}
            error={errorText("fileId")}
            disabled={busy}
          />
        </div>
      ) : null}

      {resolution === "agreed_invoice_date" ? (
        <TextField
          type="datetime-local"
          label={t("promisedAt")}
          hint={t("promisedAtHint", { timeZone })}
          // The wall-clock time is the shop's, whatever the browser's zone.
          registration={register("promisedAt", {
            shouldUnregister: true,
            setValueAs: (value: string) => zonedLocalToInstant(value, timeZone) ?? undefined,
          })}
          error={errorText("promisedAt")}
          min={instantToZonedLocal(workOrder.now, timeZone)}
          controlClassName="sm:w-64"
          disabled={busy}
        />
      ) : null}

      {resolution && resolution !== "invoice_issued" ? (
        <TextareaField
          label={t("note")}
          registration={register("note", { shouldUnregister: true })}
          error={errorText("note")}
          maxLength={500}
          rows={3}
          placeholder={t("notePlaceholder")}
          disabled={busy}
        />
      ) : null}

      <FormAlert message={errorText("root")} />
      <div>
        <SubmitButton pending={busy} pendingLabel={t("submitting")}>
          {t("submit")}
        </SubmitButton>
      </div>
    </form>
  );
}
