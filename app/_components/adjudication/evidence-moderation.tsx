"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { useTRPC } from "@/app/_trpc/client";
import {
  markEvidenceInvalidInput,
  type MarkEvidenceInvalidInput,
} from "@/server/services/intervention/mark-evidence-invalid-input";
import {
  recordForgedEvidenceInput,
  type RecordForgedEvidenceInput,
} from "@/server/services/intervention/record-forged-evidence-input";
import { Button } from "../ui/button";
import { feedbackToast } from "../ui/form/feedback-toast";
import { FormAlert } from "../ui/form/form-alert";
import { showServerError } from "../ui/form/server-error";
import { SubmitButton } from "../ui/form/submit-button";
import { TextareaField } from "../ui/form/text-fields";
import { useErrorText } from "../ui/form/use-error-text";

type Severity = RecordForgedEvidenceInput["severity"];
type Finding = "invalid" | Severity;

interface FindingProps {
  workOrderId: string;
  itemId: string;
  onDone: () => void;
  onCancel: () => void;
}

/**
 * WO-3 / WO-TM-7: one evidence item's moderation — mark it invalid, or record it as forged
 * (ordinary or serious) — with the reason typed in place and checked by the verb's schema.
 */
export function EvidenceModeration({
  workOrderId,
  item,
}: {
  workOrderId: string;
  item: { id: string; invalidReason: string | null };
}) {
  const t = useTranslations("adjudication.moderation");
  const router = useRouter();
  const [finding, setFinding] = useState<Finding | null>(null);
  const props: FindingProps = {
    workOrderId,
    itemId: item.id,
    onDone: () => {
      setFinding(null);
      router.refresh();
    },
    onCancel: () => setFinding(null),
  };
  if (finding === "invalid") return <MarkInvalidForm {...props} />;
  if (finding) return <RecordForgedForm {...props} severity={finding} />;
  return (
    <div className="flex flex-wrap gap-1">
      {!item.invalidReason ? (
        <Button variant="secondary" className="px-2 py-1 text-xs" onClick={() => setFinding("invalid")}>
          {t("markInvalid")}
        </Button>
      ) : null}
      <Button variant="secondary" className="px-2 py-1 text-xs" onClick={() => setFinding("ordinary")}>
        {t("forgedOrdinary")}
      </Button>
      <Button variant="secondary" className="px-2 py-1 text-xs" onClick={() => setFinding("serious")}>
        {t("forgedSerious")}
      </Button>
    </div>
  );
}

function MarkInvalidForm(props: FindingProps) {
  const t = useTranslations("adjudication.moderation");
  const trpc = useTRPC();
  const toast = feedbackToast(`moderation-${props.itemId}`);
  const form = useForm({
    resolver: zodResolver(markEvidenceInvalidInput),
    defaultValues: { workOrderId: props.workOrderId, evidenceItemId: props.itemId, reason: "" },
  });
  const errorText = useErrorText(form.formState.errors);
  const mark = useMutation(
    trpc.intervention.admin.markEvidenceInvalid.mutationOptions({
      onSuccess: () => {
        toast.success(t("invalidDone"));
        props.onDone();
      },
      onError: (error) => showServerError(form.setError, error, { fields: ["reason"] }),
    }),
  );
  return (
    <form
      className="flex flex-col gap-1.5"
      onSubmit={form.handleSubmit((values: MarkEvidenceInvalidInput) => mark.mutate(values))}
      noValidate
    >
      <TextareaField
        label={t("invalidReason")}
        registration={form.register("reason")}
        error={errorText("reason")}
        rows={2}
        maxLength={500}
        autoFocus
      />
      <FormAlert message={errorText("root")} />
      <FindingButtons pending={mark.isPending} onCancel={props.onCancel} />
    </form>
  );
}

function RecordForgedForm(props: FindingProps & { severity: Severity }) {
  const t = useTranslations("adjudication.moderation");
  const trpc = useTRPC();
  const toast = feedbackToast(`moderation-${props.itemId}`);
  const form = useForm({
    resolver: zodResolver(recordForgedEvidenceInput),
    defaultValues: {
      workOrderId: props.workOrderId,
      evidenceItemId: props.itemId,
      severity: props.severity,
      reason: "",
    },
  });
  const errorText = useErrorText(form.formState.errors);
  const record = useMutation(
    trpc.intervention.admin.recordForgedEvidence.mutationOptions({
      onSuccess: () => {
        toast.success(t("forgedDone"));
        props.onDone();
      },
      onError: (error) => showServerError(form.setError, error, { fields: ["reason"] }),
    }),
  );
  return (
    <form
      className="flex flex-col gap-1.5"
      onSubmit={form.handleSubmit((values: RecordForgedEvidenceInput) => record.mutate(values))}
      noValidate
    >
      <TextareaField
        label={`${props.severity === "serious" ? t("forgedSerious") : t("forgedOrdinary")} · ${t("forgedReason")}`}
        registration={form.register("reason")}
        error={errorText("reason")}
        rows={2}
        maxLength={1000}
        autoFocus
      />
      <FormAlert message={errorText("root")} />
      <FindingButtons pending={record.isPending} onCancel={props.onCancel} />
    </form>
  );
}

function FindingButtons({ pending, onCancel }: { pending: boolean; onCancel: () => void }) {
  const t = useTranslations("adjudication.moderation");
  return (
    <div className="flex gap-1.5">
      <SubmitButton pending={pending} pendingLabel={t("confirm")}>
        {t("confirm")}
      </SubmitButton>
      <Button variant="secondary" onClick={onCancel} disabled={pending}>
        {t("cancel")}
      </Button>
    </div>
  );
}
