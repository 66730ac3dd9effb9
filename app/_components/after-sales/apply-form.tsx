"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation } from "@tanstack/react-query";
import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { useTRPC } from "@/app/_trpc/client";
import { serviceTypes, type AfterSalesReason, type ServiceType } from "@/server/domain/after-sales";
import {
  applyForServiceInput,
  type ApplyForServiceForm,
  type ApplyForServiceInput,
} from "@/server/services/after-sales/apply-for-service-input";
import { reviewWindowMs } from "@/server/domain/policies/after-sales";
import { currentAfterSalesPolicy } from "@/server/domain/policies/registry";
import { formatWhen } from "../cancel-orders/when";
import { formatFen } from "../format";
import { useSubmissionKey } from "../idempotency-key";
import { feedbackToast } from "../ui/form/feedback-toast";
import { FieldGroup } from "../ui/form/field";
import { FormAlert } from "../ui/form/form-alert";
import { RadioGroupField } from "../ui/form/radio-group";
import { showServerError } from "../ui/form/server-error";
import { SubmitButton } from "../ui/form/submit-button";
import { TextareaField } from "../ui/form/text-fields";
import { UploadField } from "../ui/form/upload-field";
import { useErrorText } from "../ui/form/use-error-text";
import { ItemAvailability } from "./availability";
import type { ApplyOptions } from "./view";

type Item = ApplyOptions["items"][number];
const policy = currentAfterSalesPolicy();

/** The types every chosen item may be applied for (all open types while nothing is chosen). */
function openTypes(items: readonly Item[]): ServiceType[] {
  return serviceTypes.filter(
    (type) => items.length > 0 && items.every((i) => i.available.some((o) => o.type === type)),
  );
}

/** The reasons of a type every chosen item allows, each with the earliest closing instant. */
function openReasons(
  items: readonly Item[],
  type: ServiceType | undefined,
): { reason: AfterSalesReason; until: Date }[] {
  if (!type || items.length === 0) return [];
  const lists = items.map((i) => i.available.find((o) => o.type === type)?.reasons ?? []);
  const [first, ...rest] = lists;
  return (first ?? [])
    .filter((r) => rest.every((l) => l.some((x) => x.reason === r.reason)))
    .map((r) => ({
      reason: r.reason,
      until: rest
        .map((l) => l.find((x) => x.reason === r.reason)?.until ?? r.until)
        .reduce((min, u) => (u < min ? u : min), r.until),
    }));
}

/**
 * AS-1: the application — which items and how many, the type (a repair's mode), a reason the
 * windows still allow (said with its closing time), a description and photos as the reason needs.
 */
export function ApplyForm({ options, timeZone }: { options: ApplyOptions; timeZone: string }) {
  const t = useTranslations("afterSales");
  const locale = useLocale();
  const trpc = useTRPC();
  const router = useRouter();
  const toast = feedbackToast(`apply-${options.order.id}`);
  const submission = useSubmissionKey();
  const [qty, setQty] = useState<Record<string, number>>(() => {
    const open = options.items.filter((i) => !i.blocked);
    return open.length === 1 && open[0] ? { [open[0].orderItemId]: open[0].maxQuantity } : {};
  });
  const form = useForm<ApplyForServiceForm, unknown, ApplyForServiceInput>({
    resolver: zodResolver(applyForServiceInput),
    defaultValues: {
      orderId: options.order.id,
      items: Object.entries(qty).map(([orderItemId, quantity]) => ({ orderItemId, quantity })),
      description: "",
      photos: [],
      repairMode: null,
    },
  });
  const errorText = useErrorText(form.formState.errors, {
    items: t("consumer.noItems"),
    type: t("consumer.type"),
    reason: t("consumer.reason"),
  });
  const chosen = options.items.filter((i) => (qty[i.orderItemId] ?? 0) > 0);
  const type = form.watch("type");
  const reason = form.watch("reason");
  const types = openTypes(chosen);
  const reasons = openReasons(chosen, type);
  const rule = options.reasons.find((r) => r.key === reason);
  const apply = useMutation(
    trpc.afterSales.consumer.applyForService.mutationOptions({
      onSuccess: (created) => {
        submission.renew();
        toast.success(t("consumer.applied"));
        router.push(`/after-sales/${created.id}`);
      },
      onError: (error) =>
        showServerError(form.setError, error, {
          fields: ["items", "type", "repairMode", "reason", "description", "photos"],
        }),
    }),
  );
  function setQuantity(id: string, n: number) {
    const next = { ...qty, [id]: n };
    setQty(next);
    const items = Object.entries(next)
      .filter(([, q]) => q > 0)
      .map(([orderItemId, quantity]) => ({ orderItemId, quantity }));
    form.setValue("items", items, { shouldValidate: form.formState.isSubmitted });
  }
  const reviewHours = reviewWindowMs(policy, reason ?? "other") / 3_600_000;
  return (
    <form
      className="flex flex-col gap-4"
      noValidate
      aria-label={t("consumer.applyTitle")}
      onSubmit={form.handleSubmit((values) => apply.mutate({ ...values, idempotencyKey: submission.key() }))}
    >
      <FieldGroup legend={t("consumer.pickItems")} error={errorText("items")}>
        <ul className="flex flex-col gap-2">
          {options.items.map((item) => {
            const q = qty[item.orderItemId] ?? 0;
            const off = item.blocked !== null;
            return (
              <li
                key={item.orderItemId}
                className={`flex flex-col gap-1.5 rounded-md border p-3 ${q > 0 ? "border-brand-500 bg-brand-500/5" : "border-gray-200"}`}
              >
                <div className="flex flex-wrap items-center gap-3">
                  <label className="flex min-w-0 flex-1 items-start gap-2 text-sm">
                    <input
                      type="checkbox"
                      className="mt-0.5 accent-brand-500"
                      disabled={off}
                      checked={q > 0}
                      onChange={(e) => setQuantity(item.orderItemId, e.target.checked ? item.maxQuantity : 0)}
                    />
                    <span className="min-w-0">
                      <span className="font-medium">{item.name}</span>
                      <span className="block text-xs text-gray-500 tabular-nums">
                        {formatFen(item.unitPriceFen)} × {item.quantity}
                      </span>
                    </span>
                  </label>
                  {q > 0 && item.maxQuantity > 1 ? (
                    <label className="flex items-center gap-1 text-xs text-gray-600">
                      {t("consumer.quantity")}
                      <input
                        type="number"
                        min={1}
                        max={item.maxQuantity}
                        value={q}
                        onChange={(e) =>
                          setQuantity(
                            item.orderItemId,
                            Math.min(item.maxQuantity, Math.max(1, Number(e.target.value) || 1)),
                          )
                        }
                        className="w-16 rounded-md border border-gray-300 px-2 py-1 text-sm tabular-nums"
                        aria-describedby={`max-${item.orderItemId}`}
                      />
                      <span id={`max-${item.orderItemId}`}>
                        {t("consumer.quantityHint", { max: item.maxQuantity })}
                      </span>
                    </label>
                  ) : null}
                </div>
                <ItemAvailability item={item} timeZone={timeZone} />
              </li>
            );
          })}
        </ul>
      </FieldGroup>
      {chosen.length > 0 ? (
        <RadioGroupField
          legend={t("consumer.type")}
          registration={form.register("type")}
          selected={type}
          layout="inline"
          error={errorText("type")}
          options={serviceTypes.map((v) => ({
            value: v,
            label: t(`types.${v}`),
            unavailable: types.includes(v) ? undefined : t("refusals.type_not_offered"),
          }))}
        />
      ) : null}
      {type === "repair" ? (
        <RadioGroupField
          legend={t("consumer.repairMode")}
          registration={form.register("repairMode")}
          selected={form.watch("repairMode")}
          layout="inline"
          error={errorText("repairMode")}
          options={(["on_site", "send_in"] as const).map((m) => ({ value: m, label: t(`repairModes.${m}`) }))}
        />
      ) : null}
      {type ? (
        <RadioGroupField
          legend={t("consumer.reason")}
          registration={form.register("reason")}
          selected={reason}
          error={errorText("reason")}
          options={reasons.map((r) => ({
            value: r.reason,
            label: t(`reasons.${r.reason}`),
            hint: t("consumer.until", { until: formatWhen(r.until, timeZone, locale) }),
          }))}
        />
      ) : null}
      {reason ? (
        <>
          <TextareaField
            label={t("consumer.description")}
            hint={
              rule?.descriptionRequired
                ? t("consumer.descriptionRequired", { min: policy.description.minLengthWhenRequired })
                : t("consumer.descriptionOptional", { max: policy.description.maxLength })
            }
            registration={form.register("description")}
            error={errorText("description")}
            rows={3}
            maxLength={policy.description.maxLength}
          />
          <UploadField
            control={form.control}
            name="photos"
            defaultValue={[]}
            purpose="evidence"
            accept=".jpg,.jpeg,.png,.webp"
            multiple
            label={`${t("consumer.photos")} · ${rule?.photosRequired ? t("consumer.photosRequired") : t("consumer.photosOptional", { max: options.photoSlot.max })}`}
            error={errorText("photos")}
          />
          <p className="text-xs text-gray-600">{t("consumer.reviewIn", { hours: reviewHours })}</p>
        </>
      ) : null}
      <FormAlert message={errorText("root")} />
      <div>
        <SubmitButton pending={apply.isPending} pendingLabel={t("consumer.submitting")}>
          {t("consumer.submit")}
        </SubmitButton>
      </div>
    </form>
  );
}
