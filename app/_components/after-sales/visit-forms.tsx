"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { useTRPC } from "@/app/_trpc/client";
import { completeRepairInput } from "@/server/services/after-sales/complete-repair-input";
import { recordVisitInput } from "@/server/services/after-sales/record-visit-input";
import {
  scheduleVisitInput,
  type ScheduleVisitForm,
  type ScheduleVisitInput,
} from "@/server/services/after-sales/schedule-visit-input";
import { useSubmissionKey, type SubmissionKey } from "../idempotency-key";
import { Button } from "../ui/button";
import { feedbackToast } from "../ui/form/feedback-toast";
import { FormAlert } from "../ui/form/form-alert";
import { showServerError } from "../ui/form/server-error";
import { SubmitButton } from "../ui/form/submit-button";
import { TextareaField, TextField } from "../ui/form/text-fields";
import { UploadField } from "../ui/form/upload-field";
import { useErrorText } from "../ui/form/use-error-text";
import { ShopDateTimeField } from "./shop-datetime-field";

interface FormProps {
  serviceOrderId: string;
  onClose: () => void;
}

function Buttons(props: { pending: boolean; label: string; onClose: () => void }) {
  const t = useTranslations("afterSales.actions");
  return (
    <div className="flex flex-wrap gap-2">
      <SubmitButton pending={props.pending} pendingLabel={props.label}>
        {props.label}
      </SubmitButton>
      <Button variant="ghost" onClick={props.onClose} disabled={props.pending}>
        {t("cancel")}
      </Button>
    </div>
  );
}

function useDone(serviceOrderId: string, message: string, onClose: () => void, submission: SubmissionKey) {
  const router = useRouter();
  const toast = feedbackToast(`service-${serviceOrderId}`);
  return () => {
    submission.renew();
    toast.success(message);
    onClose();
    router.refresh();
  };
}

/** AS-3: the merchant sets (or moves) the visit window, typed in the shop's time zone. */
export function ScheduleVisitForm(props: FormProps & { timeZone: string }) {
  const t = useTranslations("afterSales.actions");
  const trpc = useTRPC();
  const submission = useSubmissionKey();
  const form = useForm<ScheduleVisitForm, unknown, ScheduleVisitInput>({
    resolver: zodResolver(scheduleVisitInput),
    defaultValues: { serviceOrderId: props.serviceOrderId },
  });
  const errorText = useErrorText(form.formState.errors);
  const done = useDone(props.serviceOrderId, t("scheduled"), props.onClose, submission);
  const schedule = useMutation(
    trpc.afterSales.merchant.scheduleVisit.mutationOptions({
      onSuccess: done,
      onError: (error) => showServerError(form.setError, error, { fields: ["visitFrom", "visitTo"] }),
    }),
  );
  return (
    <form
      className="flex flex-col gap-3"
      noValidate
      aria-label={t("scheduleTitle")}
      onSubmit={form.handleSubmit((values) => schedule.mutate({ ...values, idempotencyKey: submission.key() }))}
    >
      <div className="flex flex-wrap gap-3">
        <ShopDateTimeField
          control={form.control}
          name="visitFrom"
          label={t("visitFrom")}
          timeZone={props.timeZone}
          error={errorText("visitFrom")}
        />
        <ShopDateTimeField
          control={form.control}
          name="visitTo"
          label={t("visitTo")}
          timeZone={props.timeZone}
          error={errorText("visitTo")}
        />
      </div>
      <FormAlert message={errorText("root")} />
      <Buttons pending={schedule.isPending} label={t("submitSchedule")} onClose={props.onClose} />
    </form>
  );
}

/** AS-3: the merchant records the on-site work done; the consumer then confirms or says it was not. */
export function RecordVisitForm(props: FormProps) {
  const t = useTranslations("afterSales.actions");
  const trpc = useTRPC();
  const submission = useSubmissionKey();
  const form = useForm<z.input<typeof recordVisitInput>, unknown, z.output<typeof recordVisitInput>>({
    resolver: zodResolver(recordVisitInput),
    defaultValues: { serviceOrderId: props.serviceOrderId, note: "", photos: [] },
  });
  const errorText = useErrorText(form.formState.errors);
  const done = useDone(props.serviceOrderId, t("recorded"), props.onClose, submission);
  const record = useMutation(
    trpc.afterSales.merchant.recordVisit.mutationOptions({
      onSuccess: done,
      onError: (error) => showServerError(form.setError, error, { fields: ["note", "photos"] }),
    }),
  );
  return (
    <form
      className="flex flex-col gap-3"
      noValidate
      aria-label={t("recordTitle")}
      onSubmit={form.handleSubmit((values) => record.mutate({ ...values, idempotencyKey: submission.key() }))}
    >
      <TextareaField
        label={t("visitNote")}
        registration={form.register("note")}
        error={errorText("note")}
        rows={2}
        maxLength={500}
        autoFocus
      />
      <UploadField
        control={form.control}
        name="photos"
        defaultValue={[]}
        purpose="evidence"
        accept=".jpg,.jpeg,.png,.webp"
        multiple
        label={t("visitPhotos")}
        error={errorText("photos")}
      />
      <FormAlert message={errorText("root")} />
      <Buttons pending={record.isPending} label={t("submitRecord")} onClose={props.onClose} />
    </form>
  );
}

/** AS-3: a send-in repair is done and the original goes back (原返) with its tracking number. */
export function CompleteRepairForm(props: FormProps) {
  const t = useTranslations("afterSales.actions");
  const trpc = useTRPC();
  const submission = useSubmissionKey();
  const form = useForm<z.input<typeof completeRepairInput>, unknown, z.output<typeof completeRepairInput>>({
    resolver: zodResolver(completeRepairInput),
    defaultValues: { serviceOrderId: props.serviceOrderId, carrier: "", trackingNo: "" },
  });
  const errorText = useErrorText(form.formState.errors);
  const done = useDone(props.serviceOrderId, t("repairCompleted"), props.onClose, submission);
  const complete = useMutation(
    trpc.afterSales.merchant.completeRepair.mutationOptions({
      onSuccess: done,
      onError: (error) => showServerError(form.setError, error, { fields: ["carrier", "trackingNo", "note"] }),
    }),
  );
  return (
    <form
      className="flex flex-col gap-3"
      noValidate
      aria-label={t("completeRepairTitle")}
      onSubmit={form.handleSubmit((values) => complete.mutate({ ...values, idempotencyKey: submission.key() }))}
    >
      <div className="flex flex-wrap gap-3">
        <TextField
          label={t("resultCarrier")}
          registration={form.register("carrier")}
          error={errorText("carrier")}
          maxLength={40}
        />
        <TextField
          label={t("resultTrackingNo")}
          registration={form.register("trackingNo")}
          error={errorText("trackingNo")}
          maxLength={32}
          controlClassName="font-mono"
        />
      </div>
      <FormAlert message={errorText("root")} />
      <Buttons pending={complete.isPending} label={t("submitCompleteRepair")} onClose={props.onClose} />
    </form>
  );
}
