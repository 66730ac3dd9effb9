"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { useTRPC } from "@/app/_trpc/client";
import type { ShopServices } from "@/server/domain/after-sales";
import {
  updateShopServicesInput,
  type UpdateShopServicesInput,
} from "@/server/services/after-sales/shop-services-input";
import { useSubmissionKey } from "../idempotency-key";
import { Badge } from "../ui/badge";
import { useConfirm } from "../ui/confirm-dialog";
import { feedbackToast } from "../ui/form/feedback-toast";
import { FormAlert } from "../ui/form/form-alert";
import { showServerError } from "../ui/form/server-error";
import { SubmitButton } from "../ui/form/submit-button";
import { useErrorText } from "../ui/form/use-error-text";

const keys = ["fastReview", "flashRefund", "shippingInsurance"] as const;

/**
 * SVC-1..3: the owner switches 极速审核, 闪电退款 and 运费险, each with its effect said beside it.
 * Saving names what changes; service orders already made keep the settings they were made under.
 */
export function ShopServicesForm({ current, canEdit }: { current: ShopServices; canEdit: boolean }) {
  const t = useTranslations("afterSales");
  const trpc = useTRPC();
  const router = useRouter();
  const toast = feedbackToast("shop-services");
  const { confirm, dialog } = useConfirm();
  const submission = useSubmissionKey();
  const form = useForm<UpdateShopServicesInput>({
    resolver: zodResolver(updateShopServicesInput),
    defaultValues: current,
  });
  const errorText = useErrorText(form.formState.errors);
  const values = form.watch();
  const save = useMutation(
    trpc.afterSales.merchant.updateServices.mutationOptions({
      onSuccess: (_r, { idempotencyKey: _key, ...saved }) => {
        submission.renew();
        toast.success(t("settings.saved"));
        form.reset(saved);
        router.refresh();
      },
      onError: (error) => showServerError(form.setError, error),
    }),
  );
  async function submit(next: UpdateShopServicesInput) {
    const changes = keys
      .filter((k) => next[k] !== current[k])
      .map((k) =>
        next[k]
          ? t("settings.turnOn", { name: t(`services.${k}`) })
          : t("settings.turnOff", { name: t(`services.${k}`) }),
      );
    if (changes.length === 0) return;
    const ok = await confirm({
      title: t("settings.confirmTitle"),
      consequence: t("settings.confirmBody", { changes: changes.join("、") }),
      confirmLabel: t("settings.confirmAction"),
      tone: "primary",
    });
    if (ok) save.mutate({ ...next, idempotencyKey: submission.key() });
  }
  return (
    <form
      className="flex flex-col gap-4"
      noValidate
      onSubmit={form.handleSubmit(submit)}
      aria-label={t("settings.title")}
    >
      <ul className="flex flex-col gap-3">
        {keys.map((k) => (
          <li key={k}>
            <label
              className={`flex items-start gap-3 rounded-lg border p-4 ${values[k] ? "border-brand-500 bg-brand-500/5" : "border-gray-200 bg-white"} ${canEdit ? "cursor-pointer" : ""}`}
            >
              <input
                type="checkbox"
                role="switch"
                className="mt-1 size-4 accent-brand-500"
                disabled={!canEdit}
                aria-describedby={`${k}-effect`}
                {...form.register(k)}
              />
              <span className="flex flex-col gap-1">
                <span className="flex items-center gap-2 font-medium">
                  {t(`services.${k}`)}
                  <Badge tone={values[k] ? "green" : "gray"}>{values[k] ? t("settings.on") : t("settings.off")}</Badge>
                </span>
                <span id={`${k}-effect`} className="text-sm text-gray-600">
                  {t(`services.${k}Effect`)}
                </span>
              </span>
            </label>
          </li>
        ))}
      </ul>
      <p className="text-xs text-gray-500">{t("settings.hint")}</p>
      {canEdit ? null : <p className="text-sm text-amber-700">{t("settings.ownerOnly")}</p>}
      <FormAlert message={errorText("root")} />
      {canEdit ? (
        <div>
          <SubmitButton pending={save.isPending} pendingLabel={t("settings.saving")} disabled={!form.formState.isDirty}>
            {t("settings.save")}
          </SubmitButton>
        </div>
      ) : null}
      {dialog}
    </form>
  );
}
