"use client";

import { useMutation } from "@tanstack/react-query";
import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { toast } from "sonner";
import { useTRPC } from "@/app/_trpc/client";
import { Button } from "../ui/button";
import { Card } from "../ui/card";
import { errorText } from "./localized";

/** DSP-2: the consumer agrees to the settlement, or rejects it with a reason (→ platform judgment). */
export function SettlementResponse({ disputeId }: { disputeId: string }) {
  const t = useTranslations("dispute.respond");
  const locale = useLocale();
  const trpc = useTRPC();
  const router = useRouter();
  const [rejecting, setRejecting] = useState(false);
  const [reason, setReason] = useState("");
  const respond = useMutation(
    trpc.dispute.consumer.respond.mutationOptions({
      onSuccess: (_data, input) => {
        toast.success(input.decision === "confirm" ? t("confirmed") : t("rejected"));
        router.refresh();
      },
      onError: (error) => toast.error(errorText(error, locale)),
    }),
  );
  return (
    <Card title={t("title")} className="border-brand-500/40 ring-1 ring-brand-500/20">
      <p className="mb-3 text-sm text-gray-700">{t("explain")}</p>
      {rejecting ? (
        <form
          className="flex flex-col gap-2"
          onSubmit={(e) => {
            e.preventDefault();
            if (reason.trim().length < 5) return void toast.error(t("needReason"));
            respond.mutate({ disputeId, decision: "reject", reason: reason.trim() });
          }}
        >
          <label className="flex flex-col gap-1 text-sm">
            {t("reason")}
            <textarea
              className="w-full rounded-md border border-gray-300 px-2 py-1.5 text-sm"
              rows={3}
              maxLength={500}
              value={reason}
              placeholder={t("reasonPlaceholder")}
              onChange={(e) => setReason(e.target.value)}
            />
          </label>
          <div className="flex flex-wrap gap-2">
            <Button type="submit" disabled={respond.isPending}>
              {t("submitReject")}
            </Button>
            <Button variant="ghost" onClick={() => setRejecting(false)} disabled={respond.isPending}>
              {t("cancel")}
            </Button>
          </div>
        </form>
      ) : (
        <div className="flex flex-wrap gap-2">
          <Button onClick={() => respond.mutate({ disputeId, decision: "confirm" })} disabled={respond.isPending}>
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
