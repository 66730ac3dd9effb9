"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { serviceTrack, type ServiceResult } from "@/server/domain/after-sales";
import { changeTargetsFor, proposalStageOf } from "@/server/domain/service-order-consent";
import { acceptedResults } from "@/server/domain/service-order-results";
import { formatWhen } from "../cancel-orders/when";
import { Button } from "../ui/button";
import { Card } from "../ui/card";
import { ApproveForm } from "./approve-form";
import { ProcessForm, ReceiveForm } from "./processing-forms";
import { ProposeForm } from "./propose-form";
import type { ServiceOrderDetail } from "./types";
import { CompleteRepairForm, RecordVisitForm, ScheduleVisitForm } from "./visit-forms";

type Open = "approve" | "propose" | "receive" | "process" | "schedule" | "record" | "repair";

/**
 * The merchant's move on a service order: only the actions the server allows in this state, each
 * opening its form in place (one at a time), with the running deadline named.
 */
export function MerchantServiceActions({ detail, locale }: { detail: ServiceOrderDetail; locale: string }) {
  const t = useTranslations("afterSales");
  const [open, setOpen] = useState<Open | null>(null);
  const s = detail.serviceOrder;
  const a = detail.actions;
  const tz = detail.order.timeZone;
  const close = () => setOpen(null);
  const buttons: { key: Open; label: string; show: boolean }[] = [
    { key: "approve", label: t("actions.approve"), show: a.approve },
    { key: "receive", label: t("actions.receive"), show: a.recordReceipt },
    { key: "process", label: t("actions.process"), show: a.process.length > 0 },
    { key: "schedule", label: t("actions.scheduleVisit"), show: a.scheduleVisit },
    { key: "record", label: t("actions.recordVisit"), show: a.recordVisit },
    { key: "repair", label: t("actions.completeRepair"), show: a.completeRepair },
    { key: "propose", label: t("actions.propose"), show: a.propose.length > 0 },
  ];
  const shown = buttons.filter((b) => b.show);
  if (shown.length === 0) return null;
  const stage = proposalStageOf(s.status);
  const due = s.agreedResult ? [s.agreedResult] : acceptedResults(s.type, s.repairMode);
  const changeTargets = (stage ? changeTargetsFor(stage) : []).filter((r: ServiceResult) => !due.includes(r));
  const agreedDeduction = s.goodsDeductionFen + s.shippingDeductionFen;
  return (
    <Card title={t("actions.title")} className="border-brand-500/40 ring-1 ring-brand-500/20">
      <div className="flex flex-col gap-3" data-testid="merchant-service-actions">
        {detail.deadline?.party === "merchant" ? (
          <p className="text-xs text-gray-600">
            {t("actions.deadlineHint", { at: formatWhen(detail.deadline.dueAt, tz, locale) })}
          </p>
        ) : null}
        {open === null ? (
          <div className="flex flex-wrap gap-2">
            {shown.map((b, i) => (
              <Button key={b.key} variant={i === 0 ? "primary" : "secondary"} onClick={() => setOpen(b.key)}>
                {b.label}
              </Button>
            ))}
          </div>
        ) : null}
        {open === "approve" ? (
          <ApproveForm
            serviceOrderId={s.id}
            goods={serviceTrack(s.type, s.repairMode) === "goods"}
            timeZone={tz}
            onClose={close}
          />
        ) : null}
        {open === "propose" ? (
          <ProposeForm
            serviceOrderId={s.id}
            kinds={a.propose}
            changeTargets={changeTargets}
            goodsFen={detail.goodsFen}
            maxShippingDeductionFen={detail.policy.maxShippingDeductionFen}
            shippingInsured={s.services.shippingInsurance}
            consentHours={Math.round(detail.policy.consentWindowMs / 3_600_000)}
            onClose={close}
          />
        ) : null}
        {open === "receive" ? <ReceiveForm serviceOrderId={s.id} onClose={close} /> : null}
        {open === "process" ? (
          <ProcessForm
            serviceOrderId={s.id}
            serviceNo={s.serviceNo}
            consumerName={detail.order.consumerName}
            allowed={a.process}
            refundFen={Math.max(0, detail.goodsFen - agreedDeduction)}
            deductionFen={agreedDeduction}
            onClose={close}
          />
        ) : null}
        {open === "schedule" ? <ScheduleVisitForm serviceOrderId={s.id} timeZone={tz} onClose={close} /> : null}
        {open === "record" ? <RecordVisitForm serviceOrderId={s.id} onClose={close} /> : null}
        {open === "repair" ? <CompleteRepairForm serviceOrderId={s.id} onClose={close} /> : null}
      </div>
    </Card>
  );
}
