"use client";

import { useMutation } from "@tanstack/react-query";
import { Clock } from "lucide-react";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { toast } from "sonner";
import { useTRPC } from "@/app/_trpc/client";
import { Button } from "./ui/button";

const steps = [
  { label: "+1h", minutes: 60 },
  { label: "+4h", minutes: 4 * 60 },
  { label: "+24h", minutes: 24 * 60 },
  { label: "+48h", minutes: 48 * 60 },
  { label: "+72h", minutes: 72 * 60 },
  { label: "+7d", minutes: 7 * 24 * 60 },
  { label: "+10d", minutes: 10 * 24 * 60 },
];

/** Demo mode only: move the app's clock forward and apply everything that fell due. */
export function DemoClockPanel({ now }: { now: string }) {
  const t = useTranslations("clock");
  const trpc = useTRPC();
  const router = useRouter();
  const [hours, setHours] = useState("1");
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
          <Button key={s.label} variant="secondary" disabled={advance.isPending} onClick={() => advance.mutate({ minutes: s.minutes })}>
            {s.label}
          </Button>
        ))}
      </div>
      <form
        className="flex flex-wrap items-end gap-2"
        onSubmit={(e) => {
          e.preventDefault();
          const minutes = Math.round(Number(hours) * 60);
          if (Number.isFinite(minutes) && minutes >= 1) advance.mutate({ minutes });
        }}
      >
        <label className="flex flex-col text-xs text-gray-600">
          {t("custom")}
          <input type="number" min="0.02" step="any" value={hours} onChange={(e) => setHours(e.target.value)} className="w-32 rounded-md border border-gray-300 px-2 py-1.5 text-sm" />
        </label>
        <Button type="submit" disabled={advance.isPending}>
          {t("apply")}
        </Button>
      </form>
    </div>
  );
}
