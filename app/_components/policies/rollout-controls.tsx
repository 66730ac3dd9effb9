"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { z } from "zod";
import { useTRPC } from "@/app/_trpc/client";
import { useSubmissionKey } from "../idempotency-key";
import { Button } from "../ui/button";
import { useConfirm } from "../ui/confirm-dialog";
import { controlClass, Field } from "../ui/form/field";
import { feedbackToast } from "../ui/form/feedback-toast";
import { FormAlert } from "../ui/form/form-alert";
import { showServerError } from "../ui/form/server-error";
import { SubmitButton } from "../ui/form/submit-button";
import type { PolicyFamilyView } from "./types";

const rolloutForm = z.object({
  version: z.number().int().min(2),
  percentage: z.number().int().min(0).max(100),
  shopIds: z.array(z.string()),
});
type RolloutValues = z.infer<typeof rolloutForm>;

/**
 * ROL-2: roll a published version out to a percentage and/or chosen shops, pause, or roll back —
 * each confirmed in a dialog that states the effect (new items only; items in flight keep theirs).
 */
export function RolloutControls({ family }: { family: PolicyFamilyView }) {
  const t = useTranslations("policies.rollout");
  const trpc = useTRPC();
  const router = useRouter();
  const submission = useSubmissionKey();
  const toast = feedbackToast(`rollout-${family.policyId}`);
  const { confirm, dialog } = useConfirm();
  const published = family.versions.filter((v) => v.source === "published").map((v) => v.version);
  const allShops = family.shops.flatMap((group) => group.shops).sort((a, b) => a.name.localeCompare(b.name));
  const rollout = family.rollout;
  const latest = published.at(-1);
  const form = useForm<RolloutValues>({
    resolver: zodResolver(rolloutForm),
    defaultValues: {
      version: rollout?.targetVersion ?? latest ?? 2,
      percentage: rollout?.percentage ?? 0,
      shopIds: rollout?.shopIds ?? [],
    },
  });
  const done = {
    onSuccess: () => {
      submission.renew();
      toast.success(t("done"));
      router.refresh();
    },
  };
  const setRollout = useMutation(
    trpc.policies.admin.setRollout.mutationOptions({
      ...done,
      onError: (error) => showServerError(form.setError, error, { fields: ["percentage", "shopIds", "version"] }),
    }),
  );
  const onError = { onError: (error: { message: string }) => toast.error(error.message) };
  const pause = useMutation(trpc.policies.admin.pauseRollout.mutationOptions({ ...done, ...onError }));
  const rollBack = useMutation(trpc.policies.admin.rollBack.mutationOptions({ ...done, ...onError }));

  if (latest === undefined) return <p className="text-sm text-gray-500">{t("noPublished")}</p>;

  async function onValid(values: RolloutValues) {
    const ok = await confirm({
      title: t("setTitle", { version: values.version }),
      consequence: t("setConsequence", { percent: values.percentage, shops: values.shopIds.length }),
      confirmLabel: t("setConfirm"),
      tone: "primary",
    });
    if (ok) setRollout.mutate({ policyId: family.policyId, ...values, idempotencyKey: submission.key() });
  }

  async function onPause() {
    if (!rollout) return;
    const ok = await confirm({
      title: t("pauseTitle"),
      consequence: t("pauseConsequence", { version: rollout.targetVersion }),
      confirmLabel: t("pauseConfirm"),
      tone: "primary",
    });
    if (ok) pause.mutate({ policyId: family.policyId, idempotencyKey: submission.key() });
  }

  async function onRollBack() {
    if (!rollout) return;
    const ok = await confirm({
      title: t("rollBackTitle", { version: rollout.targetVersion }),
      consequence: t("rollBackConsequence", { version: rollout.targetVersion, previous: rollout.previousVersion }),
      confirmLabel: t("rollBackConfirm"),
      tone: "danger",
    });
    if (ok) rollBack.mutate({ policyId: family.policyId, idempotencyKey: submission.key() });
  }

  const busy = setRollout.isPending || pause.isPending || rollBack.isPending;
  const errors = form.formState.errors;
  return (
    <form
      onSubmit={form.handleSubmit(onValid)}
      noValidate
      aria-label={t("title")}
      className="flex flex-col gap-3 rounded border border-gray-200 p-3"
    >
      <h4 className="text-sm font-medium text-gray-800">{t("title")}</h4>
      <div className="grid gap-3 sm:grid-cols-2">
        <Field label={t("version")}>
          {(control) => (
            <select
              {...control}
              {...form.register("version", { valueAsNumber: true })}
              className={controlClass}
              disabled={busy}
            >
              {published.map((v) => (
                <option key={v} value={v}>
                  v{v}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field
          label={t("percentage")}
          hint={t("percentageHint")}
          error={errors.percentage ? t("percentageError") : undefined}
        >
          {(control) => (
            <input
              {...control}
              {...form.register("percentage", { valueAsNumber: true })}
              type="number"
              inputMode="numeric"
              min={0}
              max={100}
              step={1}
              className={controlClass}
              disabled={busy}
            />
          )}
        </Field>
      </div>
      <fieldset className="flex flex-col gap-1 text-sm">
        <legend className="mb-1 font-medium text-gray-800">{t("shops")}</legend>
        <div className="flex max-h-40 flex-col gap-1 overflow-auto">
          {allShops.map((shop) => (
            <label key={shop.id} className="flex items-center gap-2">
              <input type="checkbox" value={shop.id} {...form.register("shopIds")} disabled={busy} />
              {shop.name}
            </label>
          ))}
        </div>
      </fieldset>
      <FormAlert message={errors.root?.server?.message} />
      <div className="flex flex-wrap gap-2">
        <SubmitButton pending={setRollout.isPending} pendingLabel={t("applying")}>
          {t("set")}
        </SubmitButton>
        {rollout?.state === "active" ? (
          <Button variant="secondary" onClick={onPause} disabled={busy}>
            {t("pause")}
          </Button>
        ) : null}
        {rollout && rollout.state !== "rolled_back" ? (
          <Button variant="secondary" onClick={onRollBack} disabled={busy}>
            {t("rollBack")}
          </Button>
        ) : null}
      </div>
      {dialog}
    </form>
  );
}
