import { useTranslations } from "next-intl";
import type { OrderStatus } from "@/server/domain/order";
import { Badge, type BadgeTone } from "./ui/badge";

const tone: Record<OrderStatus, BadgeTone> = {
  awaiting_payment: "amber",
  paid: "amber",
  shipped: "blue",
  signed: "purple",
  completed: "green",
  cancelled: "gray",
  closed_unpaid: "gray",
};

export function OrderStatusBadge({ status }: { status: OrderStatus }) {
  const t = useTranslations("order.statuses");
  return <Badge tone={tone[status]}>{t(status)}</Badge>;
}
