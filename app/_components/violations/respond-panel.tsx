"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Loader2 } from "lucide-react";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { toast } from "sonner";
import { useTRPC } from "@/app/_trpc/client";
import { APPEAL_STATEMENT_MAX, APPEAL_STATEMENT_MIN, appealEvidenceSlot } from "@/server/domain/policies/violation-rules";
import { FileUploader } from "../evidence/file-uploader";
import type { UploadedFile } from "../evidence/uploaded-file";
import { Button } from "../ui/button";
import { Card } from "../ui/card";

const accept = ".jpg,.jpeg,.png,.webp,.pdf";

/**
 * VIO-2/3: the merchant's two answers to a pending ticket — confirm (it takes effect now), or
 * appeal with a statement and evidence (the appeal stops the clock). Refusals (e.g. the 7 days
 * just ran out) come back from the server as a toast.
 */
export function RespondPanel({ violationId, points }: { violationId: string; points: number }) {
  const t = useTranslations("violation.respond");
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
  const [statement, setStatement] = useState("");
  const [files, setFiles] = useState<UploadedFile[]>([]);
  const [problem, setProblem] = useState<string | null>(null);

  const done = (message: string) => async () => {
    toast.success(message);
    await queryClient.invalidateQueries({ queryKey: trpc.violation.pathKey() });
    router.refresh();
  };
  const onError = (error: { message: string }) => toast.error(error.message);
  const confirm = useMutation(trpc.violation.merchant.confirm.mutationOptions({ onSuccess: done(t("confirmed")), onError }));
  const appeal = useMutation(trpc.violation.merchant.appeal.mutationOptions({ onSuccess: done(t("appealed")), onError }));
  const busy = confirm.isPending || appeal.isPending;

  function onConfirm() {
    if (!window.confirm(t("confirmAsk", { points }))) return;
    confirm.mutate({ violationId });
  }

  function onAppeal(event: FormEvent) {
    event.preventDefault();
    if (statement.trim().length < APPEAL_STATEMENT_MIN) return setProblem(t("needStatement", { min: APPEAL_STATEMENT_MIN }));
    if (files.length < appealEvidenceSlot.min) return setProblem(t("needEvidence"));
    setProblem(null);
    appeal.mutate({ violationId, statement: statement.trim(), evidence: files.map((f) => f.id) });
  }

  const input = "w-full rounded-md border border-gray-300 px-2 py-1.5 text-sm disabled:bg-gray-50";
  return (
    <Card title={t("title")}>
      <div className="flex flex-col gap-4" data-testid="violation-respond">
        <p className="text-sm text-gray-700">{t("hint")}</p>
        <div>
          <Button variant="secondary" onClick={onConfirm} disabled={busy}>
            {confirm.isPending ? <Loader2 className="size-4 animate-spin" aria-hidden /> : null}
            {t("confirm")}
          </Button>
        </div>
        <div className="flex items-center gap-2 text-xs text-gray-400">
          <span className="h-px flex-1 bg-gray-200" />
          {t("or")}
          <span className="h-px flex-1 bg-gray-200" />
        </div>
        <form onSubmit={onAppeal} className="flex flex-col gap-3" noValidate>
          <h3 className="text-sm font-semibold">{t("appealTitle")}</h3>
          <label className="flex flex-col gap-1 text-sm">
            <span className="font-medium">{t("statement")}</span>
            <textarea
              value={statement}
              onChange={(e) => setStatement(e.target.value)}
              maxLength={APPEAL_STATEMENT_MAX}
              rows={4}
              className={input}
              placeholder={t("statementPlaceholder")}
              disabled={busy}
            />
            <span className="text-xs text-gray-500">{t("statementHint", { min: APPEAL_STATEMENT_MIN, max: APPEAL_STATEMENT_MAX })}</span>
          </label>
          <FileUploader purpose="evidence" accept={accept} multiple value={files} onChange={setFiles} label={t("evidence")} disabled={busy} />
          {problem ? (
            <p role="alert" className="text-sm text-red-600">
              {problem}
            </p>
          ) : null}
          <div>
            <Button type="submit" disabled={busy}>
              {appeal.isPending ? <Loader2 className="size-4 animate-spin" aria-hidden /> : null}
              {appeal.isPending ? t("submitting") : t("submit")}
            </Button>
          </div>
        </form>
      </div>
    </Card>
  );
}
