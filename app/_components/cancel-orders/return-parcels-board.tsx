"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation, useQuery } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useForm } from "react-hook-form";
import { useTRPC } from "@/app/_trpc/client";
import { DEFAULT_TIME_ZONE } from "@/server/domain/shop";
import {
  reportReturnSignedInput,
  type ReportReturnSignedInput,
} from "@/server/services/logistics/report-return-signed-input";
import { formatDateTime } from "../format";
import { Badge } from "../ui/badge";
import { Button } from "../ui/button";
import { Card } from "../ui/card";
import { ListState } from "../ui/data-table/list-state";
import { feedbackToast } from "../ui/form/feedback-toast";
import { FormAlert } from "../ui/form/form-alert";
import { showServerError } from "../ui/form/server-error";
import { SubmitButton } from "../ui/form/submit-button";
import { TextField } from "../ui/form/text-fields";
import { useErrorText } from "../ui/form/use-error-text";

/**
 * The demo logistics adapter's after-sales side (AS-4): return parcels on their way back, and
 * the carrier's "signed for" by tracking number — a signed return counts as received.
 */
export function ReturnParcelsBoard() {
  const t = useTranslations("cancelOrder.logistics");
  const trpc = useTRPC();
  const toast = feedbackToast("return-parcels");
  const parcels = useQuery(trpc.cancelOrder.admin.logistics.returnParcels.queryOptions({ limit: 20 }));
  const form = useForm({ resolver: zodResolver(reportReturnSignedInput), defaultValues: { trackingNo: "" } });
  const errorText = useErrorText(form.formState.errors);
  const signed = useMutation(
    trpc.cancelOrder.admin.logistics.reportReturnSigned.mutationOptions({
      onSuccess: (result) => {
        const fresh = result.serviceOrders.filter((s) => !s.alreadyReceived);
        const nos = result.serviceOrders.map((s) => s.serviceNo).join("、");
        toast.success(fresh.length > 0 ? t("returnSignedDone", { serviceNos: nos }) : t("returnAlreadyReceived"));
        form.reset({ trackingNo: "" });
        void parcels.refetch();
      },
      onError: (error) => showServerError(form.setError, error, { fields: ["trackingNo"] }),
    }),
  );
  const rows = parcels.data ?? [];
  return (
    <Card title={`${t("returns")} (${rows.length})`}>
      <form
        className="mb-3 flex flex-wrap items-end gap-2"
        noValidate
        onSubmit={form.handleSubmit((values: ReportReturnSignedInput) => signed.mutate(values))}
      >
        <TextField
          label={t("returnTrackingNo")}
          registration={form.register("trackingNo")}
          error={errorText("trackingNo")}
          maxLength={64}
          controlClassName="w-56 font-mono"
          disabled={signed.isPending}
        />
        <SubmitButton pending={signed.isPending} pendingLabel={t("returnSigning")}>
          {t("returnSigned")}
        </SubmitButton>
      </form>
      <FormAlert message={errorText("root")} />
      <ListState
        status={parcels.status}
        empty={rows.length === 0}
        emptyText={t("returnsEmpty")}
        onRetry={() => void parcels.refetch()}
      >
        <ul className="-mx-4 -mb-3 divide-y divide-gray-100">
          {rows.map((r) => (
            <li
              key={r.serviceOrderId}
              className="flex flex-col gap-2 px-4 py-3 text-sm md:flex-row md:items-center md:gap-4"
              data-testid="return-parcel-row"
              data-tracking-no={r.trackingNo ?? ""}
            >
              <div className="flex min-w-0 flex-1 flex-wrap items-center gap-2">
                <span className="font-mono">{r.serviceNo}</span>
                <span className="text-xs text-gray-500">
                  {r.orderNo} · {r.shopName}
                </span>
                <span className="text-xs">
                  {r.carrier ?? "—"} <span className="font-mono">{r.trackingNo}</span>
                </span>
                {r.shippedAt ? (
                  <span className="text-xs text-gray-500 tabular-nums">
                    {t("shippedAt")} {formatDateTime(r.shippedAt, DEFAULT_TIME_ZONE)}
                  </span>
                ) : null}
                {r.flashRefunded ? <Badge tone="purple">{t("flashRefunded")}</Badge> : null}
              </div>
              <Button
                variant="secondary"
                disabled={signed.isPending || !r.trackingNo}
                onClick={() => r.trackingNo && signed.mutate({ trackingNo: r.trackingNo })}
              >
                {t("returnSigned")}
              </Button>
            </li>
          ))}
        </ul>
      </ListState>
    </Card>
  );
}
