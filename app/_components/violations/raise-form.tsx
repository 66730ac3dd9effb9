"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { useTRPC } from "@/app/_trpc/client";
import { manualViolationRules } from "@/server/domain/policies/violation-rules";
import { raiseByAdminInput, type RaiseByAdminInput } from "@/server/services/violations/raise-by-admin-input";
import { Card } from "../ui/card";
import { controlClass, Field } from "../ui/form/field";
import { feedbackToast } from "../ui/form/feedback-toast";
import { FormAlert } from "../ui/form/form-alert";
import { showServerError } from "../ui/form/server-error";
import { SubmitButton } from "../ui/form/submit-button";
import { TextareaField } from "../ui/form/text-fields";
import { useErrorText } from "../ui/form/use-error-text";
import { useRuleLabel } from "./labels";

/** An unchosen <select> ("") is no value: the schema then asks for one. */
const chosen = (value: string) => value || undefined;

/**
 * VIO-1: an admin raises a ticket on a shop by hand — rule, points (as the rule allows) and
 * reason; nothing is preselected but a shop passed in. The form carries one request id, so a
 * double submit raises one ticket.
 */
export function RaiseViolationForm({ initialShopId }: { initialShopId?: string }) {
  const t = useTranslations("violation.raise");
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
  const ruleLabel = useRuleLabel();
  const toast = feedbackToast("raise-violation");
  const shops = useQuery(trpc.admin.shops.queryOptions());
  const form = useForm({
    resolver: zodResolver(raiseByAdminInput),
    defaultValues: { shopId: initialShopId, reason: "", requestId: crypto.randomUUID() },
  });
  const { register, setValue, resetField, watch, formState } = form;
  const errorText = useErrorText(formState.errors, {
    shopId: t("chooseShop"),
    rule: t("chooseRule"),
    points: t("choosePoints"),
  });
  const rule = watch("rule");
  const allowed = manualViolationRules.find((r) => r.rule === rule)?.points ?? [];

  const raise = useMutation(
    trpc.violation.admin.raise.mutationOptions({
      onSuccess: async (result) => {
        toast.success(t("done"));
        setValue("requestId", crypto.randomUUID());
        await queryClient.invalidateQueries({ queryKey: trpc.violation.pathKey() });
        router.push(`/admin/violations/${result.id}`);
      },
      onError: (error) =>
        showServerError(form.setError, error, {
          fields: ["shopId", "rule", "points", "reason"],
          codes: { UNKNOWN_RULE: "rule", POINTS_NOT_ALLOWED: "points" },
        }),
    }),
  );
  const busy = raise.isPending;

  return (
    <Card title={t("title")}>
      <form
        onSubmit={form.handleSubmit((values: RaiseByAdminInput) => raise.mutate(values))}
        className="flex flex-col gap-3"
        noValidate
        data-testid="raise-violation-form"
      >
        <p className="text-sm text-gray-600">{t("hint")}</p>
        <Field label={t("shop")} error={errorText("shopId")}>
          {(c) => (
            <select {...c} {...register("shopId", { setValueAs: chosen })} className={controlClass} disabled={busy}>
              <option value="">{t("chooseShop")}</option>
              {(shops.data ?? []).map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <div className="grid gap-3 sm:grid-cols-[1fr_10rem]">
          <Field label={t("rule")} error={errorText("rule")}>
            {(c) => (
              <select
                {...c}
                {...register("rule", {
                  setValueAs: chosen,
                  // A rule that allows one number of points decides them; otherwise they are chosen.
                  onChange: (event: { target: { value: string } }) => {
                    const [only, ...more] =
                      manualViolationRules.find((r) => r.rule === event.target.value)?.points ?? [];
                    if (only !== undefined && more.length === 0) setValue("points", only);
                    else resetField("points");
                  },
                })}
                className={controlClass}
                disabled={busy}
              >
                <option value="">{t("chooseRule")}</option>
                {manualViolationRules.map((r) => (
                  <option key={r.rule} value={r.rule}>
                    {ruleLabel(r.rule)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label={t("points")} error={errorText("points")}>
            {(c) => (
              // Remounted per rule, so the list and the chosen points change together.
              <select
                key={rule ?? ""}
                {...c}
                {...register("points", { setValueAs: (value: string) => (value ? Number(value) : undefined) })}
                className={controlClass}
                disabled={busy || allowed.length === 0}
              >
                {allowed.length === 1 ? null : <option value="">{t("choosePoints")}</option>}
                {allowed.map((p) => (
                  <option key={p} value={p}>
                    {p}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </div>
        <TextareaField
          label={t("reason")}
          registration={register("reason")}
          error={errorText("reason")}
          maxLength={1000}
          rows={4}
          placeholder={t("reasonPlaceholder")}
          disabled={busy}
        />
        <FormAlert message={errorText("root")} />
        <div>
          <SubmitButton pending={busy} pendingLabel={t("submitting")}>
            {t("submit")}
          </SubmitButton>
        </div>
      </form>
    </Card>
  );
}
