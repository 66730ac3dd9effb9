"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation } from "@tanstack/react-query";
import { Clock } from "lucide-react";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { z } from "zod";
import { useTRPC } from "@/app/_trpc/client";
import { Button } from "./ui/button";
import { feedbackToast } from "./ui/form/feedback-toast";
import { SubmitButton } from "./ui/form/submit-button";
import { TextField } from "./ui/form/text-fields";
import { useErrorText } from "./ui/form/use-error-text";

const steps = [
  { label: "+1h", minutes: 60 },
  { label: "+4h", minutes: 4 * 60 },
  { label: "+24h", minutes: 24 * 60 },
  { label: "+48h", minutes: 48 * 60 },
  { label: "+72h", minutes: 72 * 60 },
  { label: "+7d", minutes: 7 * 24 * 60 },
  { label: "+10d", minutes: 10 * 24 * 60 },
];

const MAX_MINUTES = 400 * 24 * 60;
const toMinutes = (hours: number) => Math.round(hours * 60);

/** Hours typed, sent as the whole minutes clock.advance takes (1 minute to 400 days). */
const customHours = z
  .object({ hours: z.coerce.number().refine((hours) => toMinutes(hours) >= 1 && toMinutes(hours) <= MAX_MINUTES) })
  .transform(({ hours }) => ({ minutes: toMinutes(hours) }));

/** Demo mode only: move the app's clock forward and apply everything that fell due. */
export function DemoClockPanel({ now }: { now: string }) {
  const t = useTranslations("clock");
  const trpc = useTRPC();
  const router = useRouter();
  const toast = feedbackToast("demo-clock");
  const form = useForm({ resolver: zodResolver(customHours), defaultValues: { hours: "1" } });
  const errorText = useErrorText(form.formState.errors, { hours: t("customInvalid") });
  const advance = useMutation(
    trpc.clock.advance.mutationOptions({
      onSuccess: (result) => {
        toast.success(t("advanced", { count: result.processed }));
        router.refresh();
      },
      onError: (error) => toast.error(error.message),
    }),
  );
  return (
    <div className="flex flex-col gap-4">
      <p className="text-sm text-gray-600">{t("hint")}</p>
      <p className="flex items-center gap-2 text-lg font-semibold tabular-nums" data-testid="demo-now">
        <Clock className="size-5 text-brand-500" aria-hidden />
        {t("now")}: {now}
      </p>
      <div className="flex flex-wrap gap-2">
        {steps.map((s) => (
          <Button
            key={s.label}
            variant="secondary"
            disabled={advance.isPending}
            onClick={() => advance.mutate({ minutes: s.minutes })}
          >
            {s.label}
          </Button>
        ))}
      </div>
      <form
        className="flex flex-wrap items-end gap-2"
        noValidate
        onSubmit={form.handleSubmit((values) => advance.mutate(values))}
      >
        <TextField
          label={t("custom")}
          type="number"
          min="0.02"
          step="any"
          registration={form.register("hours")}
          error={errorText("hours")}
          controlClassName="w-32"
          className="text-xs text-gray-600"
        />
        <SubmitButton pending={advance.isPending} pendingLabel={t("apply")}>
          {t("apply")}
        </SubmitButton>
      </form>
    </div>
  );
}
