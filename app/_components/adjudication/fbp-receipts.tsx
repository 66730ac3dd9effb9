"use client";

import { useInfiniteQuery, useMutation, useQueryClient } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useMemo } from "react";
import { useTRPC } from "@/app/_trpc/client";
import type { FbpReceiptRow } from "@/server/services/after-sales/list-fbp-receipts";
import { formatDateTime } from "../format";
import { useSubmissionKey } from "../idempotency-key";
import { Button } from "../ui/button";
import { useConfirm } from "../ui/confirm-dialog";
import type { DataColumn } from "../ui/data-table/columns";
import { DataTable } from "../ui/data-table/data-table";
import { keysetPaging, listInput } from "../ui/data-table/keyset-paging";
import { useInfiniteRows } from "../ui/data-table/use-infinite-rows";
import { feedbackToast } from "../ui/form/feedback-toast";

/** SHOP-1: one FBP return arriving at the platform warehouse — confirmed, then recorded once (keyed). */
function ReceiveButton({ row }: { row: FbpReceiptRow }) {
  const t = useTranslations("adjudication.fbpReceipts");
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const submission = useSubmissionKey();
  const { confirm, dialog } = useConfirm();
  const toast = feedbackToast(`fbp-receipt-${row.id}`);
  const receive = useMutation(
    trpc.afterSales.admin.recordReceipt.mutationOptions({
      onSuccess: async () => {
        submission.renew();
        toast.success(t("done"));
        await queryClient.invalidateQueries({ queryKey: trpc.platformAfterSales.fbpReceipts.pathKey() });
      },
      onError: (error) => toast.error(error.message),
    }),
  );
  async function onClick() {
    const ok = await confirm({
      title: t("confirmTitle"),
      consequence: t("confirmBody", { serviceNo: row.serviceNo }),
      confirmLabel: t("confirmAction"),
    });
    if (ok) receive.mutate({ serviceOrderId: row.id, photos: [], idempotencyKey: submission.key() });
  }
  return (
    <>
      <Button variant="secondary" onClick={onClick} disabled={receive.isPending} data-testid="fbp-receive">
        {t("receive")}
      </Button>
      {dialog}
    </>
  );
}

/** SHOP-1: FBP returns on their way to the platform warehouse, the longest on its way first. */
export function FbpReceipts() {
  const t = useTranslations("adjudication.fbpReceipts");
  const ta = useTranslations("adjudication.afterSales");
  const trpc = useTRPC();
  const query = useInfiniteQuery(trpc.platformAfterSales.fbpReceipts.infiniteQueryOptions(listInput({}), keysetPaging));
  const rows = useInfiniteRows(query);
  const columns = useMemo<DataColumn<FbpReceiptRow>[]>(
    () => [
      {
        id: "serviceNo",
        header: t("serviceNo"),
        cell: (r) => <span className="font-mono text-xs">{r.serviceNo}</span>,
        card: "title",
      },
      {
        id: "type",
        header: t("type"),
        cell: (r) => (r.repairMode ? ta(`repairModes.${r.repairMode}`) : ta(`serviceTypes.${r.type}`)),
        card: "badge",
      },
      { id: "shop", header: t("shop"), cell: (r) => r.shopName, card: "meta" },
      { id: "consumer", header: t("consumer"), cell: (r) => r.consumerName, card: "meta" },
      {
        id: "tracking",
        header: t("tracking"),
        cell: (r) => `${r.carrier ?? ""} ${r.trackingNo ?? ""}`.trim() || "—",
        className: "font-mono text-xs",
        card: "body",
      },
      {
        id: "shippedAt",
        header: t("shippedAt"),
        cell: (r) => (r.shippedAt ? formatDateTime(r.shippedAt, r.timeZone) : "—"),
        className: "whitespace-nowrap tabular-nums text-gray-600",
        card: "meta",
      },
      { id: "action", header: t("action"), cell: (r) => <ReceiveButton row={r} />, card: "end" },
    ],
    [t, ta],
  );
  return (
    <DataTable
      columns={columns}
      rows={rows}
      getRowId={(r) => r.id}
      query={query}
      emptyText={t("empty")}
      rowAttributes={(r, place) => ({
        "data-testid": place === "table" ? "fbp-receipt-row" : "fbp-receipt-card",
        "data-service-no": r.serviceNo,
      })}
    />
  );
}
