"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Plus, Trash2 } from "lucide-react";
import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useMemo } from "react";
import { useFieldArray, useForm } from "react-hook-form";
import type { z } from "zod";
import { useTRPC } from "@/app/_trpc/client";
import { earliestContactSecond, latestContactSecond } from "@/server/domain/contact-time";
import type { CollaborativeAnswer } from "@/server/domain/policies/types";
import { replyCollaborativeInput } from "@/server/services/intervention/reply-collaborative-input";
import type { WorkOrderDetail } from "@/server/services/work-orders/get-work-order";
import { Button } from "../ui/button";
import { controlClass, Field, FieldGroup } from "../ui/form/field";
import { feedbackToast } from "../ui/form/feedback-toast";
import { FormAlert } from "../ui/form/form-alert";
import { RadioGroupField } from "../ui/form/radio-group";
import { showServerError } from "../ui/form/server-error";
import { SubmitButton } from "../ui/form/submit-button";
import { TextareaField } from "../ui/form/text-fields";
import { UploadField } from "../ui/form/upload-field";
import { useErrorText, type FieldMessages } from "../ui/form/use-error-text";
import { pick } from "../work-orders/localized";
import { instantToZonedLocal, zonedLocalToInstant } from "../work-orders/zoned-time";
import { acceptFor } from "./slots";

/** WO-TM-3: contact times are entered in Beijing time. */
const CONTACT_TZ = "Asia/Shanghai";
const MAX_CONTACTS = 20;
type CollaborativeValues = z.output<typeof replyCollaborativeInput>;

/** The verb's schema plus the chosen answer's minimum contact records and vouchers (WO-TM-2/4); the server checks again. */
function collaborativeSchema(
  answers: readonly CollaborativeAnswer[],
  needs: (answer: CollaborativeAnswer) => { contacts: string; vouchers: string },
) {
  return replyCollaborativeInput.superRefine((value, ctx) => {
    const answer = answers.find((a) => a.key === value.answer);
    if (!answer) return;
    if (value.contacts.length < answer.minContacts)
      ctx.addIssue({ code: "custom", path: ["contacts"], message: needs(answer).contacts });
    if (value.vouchers.length < answer.minVouchers)
      ctx.addIssue({ code: "custom", path: ["vouchers"], message: needs(answer).vouchers });
  });
}

/** WO-TM-2..4: answer (none preselected), note, contact records made after the work order was created, vouchers. */
export function CollaborativeForm({ workOrder }: { workOrder: WorkOrderDetail }) {
  const t = useTranslations("workOrder.intervention.collaborative");
  const locale = useLocale();
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
  const toast = feedbackToast(`collaborative-${workOrder.id}`);
  const rules = workOrder.policy.collaborative;
  const schema = useMemo(
    () =>
      collaborativeSchema(rules?.answers ?? [], (a) => ({
        contacts: t("needContacts", { count: a.minContacts }),
        vouchers: t("needVouchers", { count: a.minVouchers }),
      })),
    [rules, t],
  );
  const form = useForm({
    resolver: zodResolver(schema),
    defaultValues: { workOrderId: workOrder.id, note: "", contacts: [{ channel: "phone", note: "" }], vouchers: [] },
  });
  const { register, control, watch, formState } = form;
  const contacts = useFieldArray({ control, name: "contacts" });
  const timeMessages: FieldMessages<z.input<typeof schema>> = Object.fromEntries(
    contacts.fields.map((_, i) => [`contacts.${i}.at`, t("badTime")]),
  );
  const errorText = useErrorText(formState.errors, { answer: t("chooseAnswer"), ...timeMessages });

  const reply = useMutation(
    trpc.intervention.merchant.replyCollaborative.mutationOptions({
      onSuccess: async () => {
        toast.success(t("success"));
        await queryClient.invalidateQueries({ queryKey: trpc.workOrder.pathKey() });
        router.refresh();
      },
      onError: (error) =>
        showServerError(form.setError, error, {
          fields: ["answer", "note", "contacts", "vouchers"],
          codes: {
            CONTACTS_REQUIRED: "contacts",
            CONTACT_BEFORE_WORK_ORDER: "contacts",
            CONTACT_IN_FUTURE: "contacts",
            VOUCHERS_REQUIRED: "vouchers",
            UNKNOWN_ANSWER: "answer",
          },
        }),
    }),
  );
  if (!rules) return null;

  const busy = reply.isPending;
  // WO-TM-3: precise to the second, by the server's own rule: anything offered here is accepted.
  const min = instantToZonedLocal(earliestContactSecond(new Date(workOrder.openedAt)), CONTACT_TZ, "second");
  const max = instantToZonedLocal(latestContactSecond(new Date(workOrder.now)), CONTACT_TZ, "second");
  return (
    <form
      onSubmit={form.handleSubmit((values: CollaborativeValues) => reply.mutate(values))}
      className="flex flex-col gap-4"
      noValidate
    >
      <RadioGroupField
        legend={t("answer")}
        registration={register("answer")}
        selected={watch("answer")}
        options={rules.answers.map((a) => ({
          value: a.key,
          label: t(`answers.${a.key}`),
          hint: `${t(`answerHints.${a.key}`)} · ${t("needs", { contacts: a.minContacts, vouchers: a.minVouchers })}`,
        }))}
        error={errorText("answer")}
        disabled={busy}
      />

      <TextareaField
        label={t("note")}
        registration={register("note")}
        error={errorText("note")}
        maxLength={1000}
        rows={3}
        placeholder={t("notePlaceholder")}
        disabled={busy}
      />

      <FieldGroup legend={t("contacts")} hint={t("contactsHint")} error={errorText("contacts")} disabled={busy}>
        {contacts.fields.map((row, index) => (
          <div
            key={row.id}
            className="grid gap-2 rounded-md border border-gray-200 p-2 sm:grid-cols-[auto_auto_1fr_auto] sm:items-start"
          >
            <Field label={t("at")} error={errorText(`contacts.${index}.at`)}>
              {(c) => (
                <input
                  {...c}
                  type="datetime-local"
                  step={1}
                  min={min}
                  max={max}
                  {...register(`contacts.${index}.at`, {
                    setValueAs: (value: string) => zonedLocalToInstant(value, CONTACT_TZ) ?? undefined,
                  })}
                  className={controlClass}
                />
              )}
            </Field>
            <Field label={t("channel")} error={errorText(`contacts.${index}.channel`)}>
              {(c) => (
                <select {...c} {...register(`contacts.${index}.channel`)} className={controlClass}>
                  {rules.contactChannels.map((channel) => (
                    <option key={channel.key} value={channel.key}>
                      {pick(channel.label, locale)}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <Field label={t("contactNote")} error={errorText(`contacts.${index}.note`)}>
              {(c) => <input {...c} {...register(`contacts.${index}.note`)} maxLength={500} className={controlClass} />}
            </Field>
            <Button
              variant="ghost"
              className="sm:mt-6"
              onClick={() => contacts.remove(index)}
              aria-label={t("removeContact")}
            >
              <Trash2 className="size-4" aria-hidden />
            </Button>
          </div>
        ))}
        <div>
          <Button
            variant="secondary"
            onClick={() => contacts.append({ at: undefined, channel: "phone", note: "" })}
            disabled={contacts.fields.length >= MAX_CONTACTS}
          >
            <Plus className="size-4" aria-hidden />
            {t("addContact")}
          </Button>
        </div>
      </FieldGroup>

      <UploadField
        control={control}
        name="vouchers"
        purpose="evidence"
        accept={acceptFor(rules.voucherSlot)}
        multiple
        label={t("vouchers")}
        error={errorText("vouchers")}
        disabled={busy}
      />

      <FormAlert message={errorText("root")} />
      <div>
        <SubmitButton pending={busy} pendingLabel={t("submitting")}>
          {t("submit")}
        </SubmitButton>
      </div>
    </form>
  );
}
