import { useTranslations } from "next-intl";
import type { DisputeStatus } from "@/server/domain/dispute";
import type { InvoicingParty } from "@/server/domain/invoice";
import { Badge, type BadgeTone } from "../ui/badge";

const tone: Record<DisputeStatus, BadgeTone> = {
  awaiting_merchant: "amber",
  awaiting_consumer: "blue",
  platform_judging: "purple",
  settled: "green",
  judged: "gray",
};

/**
 * The dispute's status; "awaiting the merchant" reads "awaiting the platform" for FBP disputes
 * (SHOP-1), and the consumer reads a settlement waiting for them as "awaiting your confirmation".
 */
export function DisputeStatusBadge({
  status,
  responsibleParty,
  viewer,
}: {
  status: DisputeStatus;
  responsibleParty: InvoicingParty;
  viewer?: "consumer" | "merchant" | "admin";
}) {
  const t = useTranslations("dispute.statuses");
  const key =
    status === "awaiting_merchant" && responsibleParty === "platform"
      ? "awaiting_platform"
      : status === "awaiting_consumer" && viewer === "consumer"
        ? "awaiting_you"
        : status;
  return <Badge tone={tone[status]}>{t(key)}</Badge>;
}
