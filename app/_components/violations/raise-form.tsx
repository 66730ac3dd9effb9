"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Loader2 } from "lucide-react";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { toast } from "sonner";
import { useTRPC } from "@/app/_trpc/client";
import { manualViolationRules } from "@/server/domain/policies/violation-rules";
import { Button } from "../ui/button";
import { Card } from "../ui/card";
import { useRuleLabel } from "./labels";

const field = "w-full rounded-md border border-gray-300 bg-white px-2 py-1.5 text-sm disabled:bg-gray-50";

/**
 * VIO-1: an admin raises a ticket on a shop by hand — rule, points (as the rule allows) and
 * reason. The form carries one request id, so a double submit raises one ticket.
 */
export function RaiseViolationForm({ initialShopId }: { initialShopId?: string }) {
  const t = useTranslations("violation.raise");
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
  const ruleLabel = useRuleLabel();
  const shops = useQuery(trpc.admin.shops.queryOptions());
  const [requestId, setRequestId] = useState(() => crypto.randomUUID());
  const [shopId, setShopId] = useState(initialShopId ?? "");
  const [rule, setRule] = useState(manualViolationRules[0]?.rule ?? "");
  const allowed = manualViolationRules.find((r) => r.rule === rule)?.points ?? [];
  const [points, setPoints] = useState<number>(allowed[0] ?? 0);
  const [reason, setReason] = useState("");

  const raise = useMutation(
    trpc.violation.admin.raise.mutationOptions({
      onSuccess: async (result) => {
        toast.success(t("done"));
        setRequestId(crypto.randomUUID());
        await queryClient.invalidateQueries({ queryKey: trpc.violation.pathKey() });
        router.push(`/admin/violations/${result.id}`);
      },
      onError: (error) => toast.error(error.message),
    }),
  );
  const busy = raise.isPending;

  function chooseRule(next: string) {
    setRule(next);
    setPoints(manualViolationRules.find((r) => r.rule === next)?.points[0] ?? 0);
  }
  function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (!shopId) return;
    raise.mutate({ shopId, rule, points, reason, requestId });
  }

  return (
    <Card title={t("title")}>
      <form onSubmit={onSubmit} className="flex flex-col gap-3" noValidate data-testid="raise-violation-form">
        <p className="text-sm text-gray-600">{t("hint")}</p>
        <label className="flex flex-col gap-1 text-sm">
          <span className="font-medium">{t("shop")}</span>
          <select className={field} value={shopId} onChange={(e) => setShopId(e.target.value)} disabled={busy} required>
            <option value="">{t("chooseShop")}</option>
            {(shops.data ?? []).map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </select>
        </label>
        <div className="grid gap-3 sm:grid-cols-[1fr_10rem]">
          <label className="flex flex-col gap-1 text-sm">
            <span className="font-medium">{t("rule")}</span>
            <select className={field} value={rule} onChange={(e) => chooseRule(e.target.value)} disabled={busy}>
              {manualViolationRules.map((r) => (
                <option key={r.rule} value={r.rule}>
                  {ruleLabel(r.rule)}
                </option>
              ))}
            </select>
          </label>
          <label className="flex flex-col gap-1 text-sm">
            <span className="font-medium">{t("points")}</span>
            <select className={field} value={points} onChange={(e) => setPoints(Number(e.target.value))} disabled={busy || allowed.length < 2}>
              {allowed.map((p) => (
                <option key={p} value={p}>
                  {p}
                </option>
              ))}
            </select>
          </label>
        </div>
        <label className="flex flex-col gap-1 text-sm">
          <span className="font-medium">{t("reason")}</span>
          <textarea value={reason} onChange={(e) => setReason(e.target.value)} maxLength={1000} rows={4} placeholder={t("reasonPlaceholder")} className={field} disabled={busy} />
        </label>
        <div>
          <Button type="submit" disabled={busy || !shopId || reason.trim().length === 0}>
            {busy ? <Loader2 className="size-4 animate-spin" aria-hidden /> : null}
            {busy ? t("submitting") : t("submit")}
          </Button>
        </div>
      </form>
    </Card>
  );
}
