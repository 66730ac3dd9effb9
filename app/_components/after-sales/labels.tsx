import { useTranslations } from "next-intl";
import { useCallback } from "react";
import type {
  ProposalStatus,
  RepairMode,
  ServiceOrderStatus,
  ServiceRequirement,
  ServiceType,
  ShopServices,
} from "@/server/domain/after-sales";
import { Badge, type BadgeTone } from "../ui/badge";

const statusTone: Record<ServiceOrderStatus, BadgeTone> = {
  pending_review: "amber",
  awaiting_return: "blue",
  awaiting_receipt: "blue",
  awaiting_processing: "amber",
  repairing: "purple",
  awaiting_visit: "purple",
  visit_scheduled: "purple",
  completion_check: "blue",
  awaiting_consumer: "blue",
  platform_review: "red",
  completed: "green",
  closed: "gray",
};

/** A service order's status (售后服务单状态). */
export function ServiceStatusBadge({ status }: { status: ServiceOrderStatus }) {
  const t = useTranslations("afterSales.statuses");
  return (
    <span data-testid="service-status" data-status={status}>
      <Badge tone={statusTone[status]}>{t(status)}</Badge>
    </span>
  );
}

/** 退货 / 换货 / 上门维修 / 寄修 / 安装 / 调试 / 培训. */
export function useTypeLabel() {
  const t = useTranslations("afterSales");
  return useCallback(
    (type: ServiceType, repairMode: RepairMode | null) =>
      type === "repair" && repairMode ? t(`typeWithMode.${repairMode}`) : t(`types.${type}`),
    [t],
  );
}

/** A requirement set on approval, in the reader's language (「运费不得到付」, 「退货地址:…」). */
export function useRequirementText() {
  const t = useTranslations("afterSales.requirements");
  return (r: ServiceRequirement) => {
    const p = r.params ?? {};
    if (r.code === "return_address") return t("return_address", { address: p.address ?? "" });
    if (r.code === "visit_window") return t("visit_window", { from: p.from ?? "", to: p.to ?? "" });
    return t(r.code);
  };
}

export function RequirementList({ requirements }: { requirements: readonly ServiceRequirement[] }) {
  const text = useRequirementText();
  if (requirements.length === 0) return null;
  return (
    <ul className="flex flex-col gap-1" data-testid="service-requirements">
      {requirements.map((r) => (
        <li key={r.code} className={r.code === "no_cod_return" ? "font-medium text-red-700" : undefined}>
          {text(r)}
        </li>
      ))}
    </ul>
  );
}

const proposalTone: Record<ProposalStatus, BadgeTone> = {
  pending: "amber",
  accepted: "green",
  refused: "red",
  lapsed: "gray",
  withdrawn: "gray",
};

export function ProposalStatusBadge({ status }: { status: ProposalStatus }) {
  const t = useTranslations("afterSales.proposalStatuses");
  return <Badge tone={proposalTone[status]}>{t(status)}</Badge>;
}

/** SVC-1..3 switched on for this service order, as tags with their effect as the title. */
export function ServiceTags({ services }: { services: ShopServices }) {
  const t = useTranslations("afterSales.services");
  const on = (["fastReview", "flashRefund", "shippingInsurance"] as const).filter((k) => services[k]);
  if (on.length === 0) return <span className="text-gray-500">—</span>;
  return (
    <span className="flex flex-wrap gap-1">
      {on.map((k) => (
        <span key={k} title={t(`${k}Effect`)}>
          <Badge tone="green">{t(k)}</Badge>
        </span>
      ))}
    </span>
  );
}
