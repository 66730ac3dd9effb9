"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Loader2, ShieldAlert } from "lucide-react";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { toast } from "sonner";
import { useTRPC } from "@/app/_trpc/client";
import { appealDecisions, type AppealDecision } from "@/server/domain/violation";
import type { ViolationDetail } from "@/server/services/violations/get-violation";
import { Button } from "../ui/button";
import { Card } from "../ui/card";

/**
 * VIO-3: a senior reviewer who did not make the first decision upholds or overturns the appeal
 * with reasons. Anyone else sees why they cannot, instead of the buttons.
 */
export function DecideAppealForm({ appealId, decision }: { appealId: string; decision: NonNullable<ViolationDetail["decision"]> }) {
  const t = useTranslations("violation.decide");
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
  const [choice, setChoice] = useState<AppealDecision | null>(null);
  const [reason, setReason] = useState("");
  const decide = useMutation(
    trpc.violation.admin.decideAppeal.mutationOptions({
      onSuccess: async () => {
        toast.success(t("done"));
        await queryClient.invalidateQueries({ queryKey: trpc.violation.pathKey() });
        router.refresh();
      },
      onError: (error) => toast.error(error.message),
    }),
  );

  const names = decision.firstDeciderNames.join("、");
  if (decision.block) {
    return (
      <Card title={t("title")}>
        <div className="flex gap-2 text-sm text-gray-700" role="note" data-testid="appeal-blocked" data-block={decision.block}>
          <ShieldAlert className="mt-0.5 size-4 shrink-0 text-amber-600" aria-hidden />
          <div className="flex flex-col gap-1">
            <p>{t(`blocked.${decision.block}`)}</p>
            {names ? <p className="text-xs text-gray-500">{t("firstDecision", { names })}</p> : null}
          </div>
        </div>
      </Card>
    );
  }

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (!choice) return;
    decide.mutate({ appealId, decision: choice, reason });
  }
  const busy = decide.isPending;
  return (
    <Card title={t("title")}>
      <form onSubmit={onSubmit} className="flex flex-col gap-3" noValidate data-testid="appeal-decide-form">
        <fieldset className="flex flex-col gap-1.5 text-sm" disabled={busy}>
          <legend className="mb-1 font-medium">{t("decision")}</legend>
          {appealDecisions.map((d) => (
            <label key={d} className="flex cursor-pointer items-start gap-2">
              <input type="radio" name="decision" value={d} checked={choice === d} onChange={() => setChoice(d)} className="mt-0.5 accent-brand-500" />
              {t(d)}
            </label>
          ))}
        </fieldset>
        <label className="flex flex-col gap-1 text-sm">
          <span className="font-medium">{t("reason")}</span>
          <textarea value={reason} onChange={(e) => setReason(e.target.value)} maxLength={1000} rows={3} placeholder={t("reasonPlaceholder")} className="w-full rounded-md border border-gray-300 px-2 py-1.5 text-sm disabled:bg-gray-50" disabled={busy} />
        </label>
        {names ? <p className="text-xs text-gray-500">{t("firstDecision", { names })}</p> : null}
        <div>
          <Button type="submit" disabled={busy || !choice}>
            {busy ? <Loader2 className="size-4 animate-spin" aria-hidden /> : null}
            {busy ? t("submitting") : t("submit")}
          </Button>
        </div>
      </form>
    </Card>
  );
}
