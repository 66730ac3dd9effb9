import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { FileComplaintForm } from "@/app/_components/complaints/file-complaint-form";
import { requireAudience } from "@/app/_components/require-audience";
import type { SearchParams } from "@/app/_components/search-params";
import { Card } from "@/app/_components/ui/card";
import { getCaller, orNotFound } from "@/app/_trpc/server";

export const metadata = { title: "发起投诉" };

/**
 * MAL-1: 发起投诉. Opened from an order (投诉买家, `?orderId=`) the buyer and that order are chosen; otherwise the
 * merchant finds the buyer by an order number. Another shop's order is a 404.
 */
export default async function NewComplaintPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const t = await getTranslations("complaint");
  const actor = await requireAudience("merchant");
  const params = await searchParams;
  const orderId = typeof params.orderId === "string" ? params.orderId : undefined;
  const caller = await getCaller();
  const initial = orderId
    ? await orNotFound(
        caller.merchant
          .order({ orderId })
          .then((order) => caller.complaint.merchant.buyerOrders({ orderNo: order.orderNo })),
      )
    : null;
  const preselected = initial?.orders.find((o) => o.id === orderId);
  return (
    <div className="mx-auto flex max-w-3xl flex-col gap-4">
      <Link href="/merchant/complaints" className="text-sm text-blue-700 hover:underline">
        ← {t("backToList")}
      </Link>
      <h1 className="text-lg font-semibold">{t("form.title")}</h1>
      <Card>
        <FileComplaintForm
          shopId={actor.merchant?.shopId ?? ""}
          timeZone={actor.merchant?.timeZone ?? "Asia/Shanghai"}
          initial={initial}
          preselectedOrderId={preselected?.id}
        />
      </Card>
    </div>
  );
}
