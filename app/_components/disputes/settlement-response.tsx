"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { useTRPC } from "@/app/_trpc/client";
import {
  respondToSettlementInput,
  type RespondToSettlementInput,
} from "@/server/services/disputes/respond-to-settlement-input";
import { useSubmissionKey } from "../idempotency-key";
import { Button } from "../ui/button";
import { Card } from "../ui/card";
import { feedbackToast } from "../ui/form/feedback-toast";
import { FormAlert } from "../ui/form/form-alert";
import { showServerError } from "../ui/form/server-error";
import { SubmitButton } from "../ui/form/submit-button";
import { TextareaField } from "../ui/form/text-fields";
import { useErrorText } from "../ui/form/use-error-text";

/** DSP-2: the consumer agrees to the settlement, or rejects it with a reason (→ platform judgment). */
export function SettlementResponse({ disputeId }: { disputeId: string }) {
  const t = useTranslations("dispute.respond");
  const trpc = useTRPC();
  const router = useRouter();
  const toast = feedbackToast(`settlement-${disputeId}`);
  const [rejecting, setRejecting] = useState(false);
  const submission = useSubmissionKey();
  // The reject form: the verb's schema, its "reject" branch.
  const form = useForm({
    resolver: zodResolver(respondToSettlementInput),
    defaultValues: { disputeId, decision: "reject", reason: "" },
  });
  const errorText = useErrorText(form.formState.errors);
  const respond = useMutation(
    trpc.dispute.consumer.respond.mutationOptions({
      onSuccess: (_data, input) => {
        toast.success(input.decision === "confirm" ? t("confirmed") : t("rejected"));
        router.refresh();
      },
      onError: (error, input) =>
        input.decision === "reject"
          ? showServerError(form.setError, error, { fields: ["reason"] })
          : toast.error(error.message),
    }),
  );
  const send = (input: RespondToSettlementInput) =>
    respond.mutate({ ...input, idempotencyKey: submission.key() }, { onSuccess: submission.renew });
  return (
    <Card title={t("title")} className="border-brand-500/40 ring-1 ring-brand-500/20">
      <p className="mb-3 text-sm text-gray-700">{t("explain")}</p>
      {rejecting ? (
        <form className="flex flex-col gap-2" noValidate onSubmit={form.handleSubmit(send)}>
          <TextareaField
            label={t("reason")}
            registration={form.register("reason")}
            error={errorText("reason")}
            rows={3}
            maxLength={500}
            placeholder={t("reasonPlaceholder")}
            autoFocus
          />
          <FormAlert message={errorText("root")} />
          <div className="flex flex-wrap gap-2">
            <SubmitButton pending={respond.isPending} pendingLabel={t("submitReject")}>
              {t("submitReject")}
            </SubmitButton>
            <Button variant="ghost" onClick={() => setRejecting(false)} disabled={respond.isPending}>
              {t("cancel")}
            </Button>
          </div>
        </form>
      ) : (
        <div className="flex flex-wrap gap-2">
          <Button onClick={() => send({ disputeId, decision: "confirm" })} disabled={respond.isPending}>
            {t("confirm")}
          </Button>
          <Button variant="secondary" onClick={() => setRejecting(true)} disabled={respond.isPending}>
            {t("reject")}
          </Button>
        </div>
      )}
    </Card>
  );
}
