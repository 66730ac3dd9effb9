import "server-only";

import { getTranslations } from "next-intl/server";
import { getCaller, getContext } from "@/app/_trpc/server";
import { Card } from "../ui/card";
import { merchantMarkView, RiskMarkList } from "./risk-marks";

/**
 * MAL-2/MAL-3: on a buyer's dispute, work order or service order, the merchant sees that buyer's active risk
 * marks — category, since when, and the complaint only when it is this shop's own (other shops' complaints
 * stay closed: no link, no evidence). The buyer is read from the record's order through the merchant's tenant.
 * Shows nothing when the buyer has no marks.
 */
export async function MerchantBuyerMarksCard({ orderId }: { orderId: string }) {
  const caller = await getCaller();
  const order = await caller.merchant.order({ orderId });
  const marks = await caller.complaint.merchant.buyerMarks({ consumerId: order.consumer.id });
  if (marks.length === 0) return null;
  const t = await getTranslations("complaint.marks");
  const now = (await getContext()).now();
  return (
    <Card title={`${t("merchantCardTitle")} · ${order.consumer.name}`}>
      <RiskMarkList
        marks={marks.map(merchantMarkView)}
        now={now}
        timeZone={order.shop.timeZone}
        complaintHref={(id) => `/merchant/complaints/${id}`}
      />
    </Card>
  );
}
