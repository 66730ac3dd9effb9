import { useTranslations } from "next-intl";
import type { ServiceOrderCase } from "@/server/services/adjudication/get-case";
import { formatDateTime, formatFen } from "../format";
import { Badge, type BadgeTone } from "../ui/badge";
import { Card } from "../ui/card";

type Detail = ServiceOrderCase["serviceOrder"];

function Row({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <>
      <dt className="text-gray-500">{label}</dt>
      <dd className="min-w-0 break-words">{children}</dd>
    </>
  );
}

/** AS-1: what the consumer asked for — type, reason, items, description, photos, the shop's services then. */
export function ServiceRequestPanel({ so }: { so: Detail }) {
  const t = useTranslations("adjudication.afterSales");
  const tz = so.order.timeZone;
  const type = so.repairMode ? t(`repairModes.${so.repairMode}`) : t(`serviceTypes.${so.type}`);
  const on = (["fastReview", "flashRefund", "shippingInsurance"] as const).filter((k) => so.services[k]);
  const photos = so.photos.filter((p) => p.slot === "application_photos");
  return (
    <Card title={t("request")}>
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1.5 text-sm" data-testid="service-request">
        <Row label={t("serviceNo")}>
          <span className="font-mono">{so.serviceNo}</span>
        </Row>
        <Row label={t("type")}>{type}</Row>
        <Row label={t("reason")}>{t(`reasons.${so.reason}`)}</Row>
        <Row label={t("requested")}>
          {so.requested.result ? t(`results.${so.requested.result}`) : t("none")}
          {so.requested.agreedResult ? ` → ${t("agreed")}: ${t(`results.${so.requested.agreedResult}`)}` : null}
        </Row>
        <Row label={t("appliedAt")}>{formatDateTime(so.requested.appliedAt, tz)}</Row>
        <Row label={t("description")}>{so.description || t("noDescription")}</Row>
        <Row label={t("items")}>
          <ul className="flex flex-col gap-0.5">
            {so.items.map((i) => (
              <li key={i.orderItemId}>
                {i.name} × {i.quantity} <span className="text-gray-500 tabular-nums">{formatFen(i.unitPriceFen)}</span>
              </li>
            ))}
          </ul>
        </Row>
        <Row label={t("order")}>
          <span className="font-mono">{so.order.orderNo}</span> · {formatFen(so.order.orderAmountFen)}
        </Row>
        <Row label={t("services")}>
          {on.length === 0 ? t("noServices") : on.map((k) => t(`serviceNames.${k}`)).join(" · ")}
        </Row>
        <Row label={t("photos")}>
          {photos.length === 0 ? (
            <span className="text-gray-500">{t("noPhotos")}</span>
          ) : (
            <div className="flex flex-wrap gap-2">
              {photos.map((p) => (
                <a key={p.fileId} href={`/api/files/${p.fileId}?inline=1`} target="_blank" rel="noreferrer">
                  <img
                    src={`/api/files/${p.fileId}?inline=1`}
                    alt=""
                    className="h-16 w-16 rounded border object-cover"
                  />
                </a>
              ))}
            </div>
          )}
        </Row>
      </dl>
      {so.order.businessMode === "FBP" ? <p className="mt-2 text-xs text-gray-600">{t("fbp")}</p> : null}
    </Card>
  );
}

const proposalTone: Record<Detail["proposals"][number]["status"], BadgeTone> = {
  pending: "amber",
  accepted: "green",
  refused: "red",
  lapsed: "gray",
  withdrawn: "gray",
};

/** AS-5/AS-8: every proposal the merchant made and how the consumer answered — the refused one is the case. */
export function ProposalsCard({ so }: { so: Detail }) {
  const t = useTranslations("adjudication.afterSales");
  const tz = so.order.timeZone;
  return (
    <Card title={t("proposals")}>
      {so.proposals.length === 0 ? (
        <p className="text-sm text-gray-500">{t("noProposals")}</p>
      ) : (
        <ol className="flex flex-col gap-3" data-testid="service-proposals">
          {so.proposals.map((p) => {
            const parts = [
              p.params.changeTo ? t("proposalDetail.changeTo", { result: t(`results.${p.params.changeTo}`) }) : null,
              p.params.goodsDeductionFen
                ? t("proposalDetail.goods", { amount: formatFen(p.params.goodsDeductionFen) })
                : null,
              p.params.shippingDeductionFen
                ? t("proposalDetail.shipping", { amount: formatFen(p.params.shippingDeductionFen) })
                : null,
            ].filter((x): x is string => x !== null);
            return (
              <li key={p.id} className="rounded border border-gray-200 p-2 text-sm">
                <div className="flex flex-wrap items-center gap-2">
                  <span className="font-medium">{t(`proposalKinds.${p.kind}`)}</span>
                  {parts.length > 0 ? <span>{parts.join(" · ")}</span> : null}
                  <Badge tone="gray">{t(`stages.${p.stage}`)}</Badge>
                  <Badge tone={proposalTone[p.status]}>{t(`proposalStatuses.${p.status}`)}</Badge>
                  <span className="text-xs text-gray-500 tabular-nums">{formatDateTime(p.proposedAt, tz)}</span>
                </div>
                <p className="mt-1 text-gray-700">{p.note}</p>
                {p.refusalReason ? (
                  <p className="mt-1 text-red-800">{t("refusal", { reason: p.refusalReason })}</p>
                ) : null}
              </li>
            );
          })}
        </ol>
      )}
    </Card>
  );
}

/** The approval, return shipping, receipt, visit (and a disputed completion) and result so far. */
export function ServiceProgressCard({ so }: { so: Detail }) {
  const t = useTranslations("adjudication.afterSales");
  const tz = so.order.timeZone;
  const at = (d: Date | null) => (d ? formatDateTime(d, tz) : t("none"));
  return (
    <Card title={t("progress")}>
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1.5 text-sm" data-testid="service-progress">
        <Row label={t("approval")}>
          {so.review.approvedAt ? `${at(so.review.approvedAt)} ${so.review.opinion ?? ""}` : t("none")}
        </Row>
        <Row label={t("shipping")}>
          {so.shipping.trackingNo
            ? `${so.shipping.carrier ?? ""} ${so.shipping.trackingNo} · ${at(so.shipping.shippedAt)}`
            : t("none")}
        </Row>
        <Row label={t("receipt")}>
          {so.receipt.receivedAt && so.receipt.receivedBy
            ? `${at(so.receipt.receivedAt)} · ${t(`receivedBy.${so.receipt.receivedBy}`)}`
            : t("none")}
        </Row>
        {so.visit.from && so.visit.to ? (
          <Row label={t("visit")}>{t("visitWindow", { from: at(so.visit.from), to: at(so.visit.to) })}</Row>
        ) : null}
        {so.visit.recordedAt ? (
          <Row label={t("visit")}>{t("visitRecorded", { time: at(so.visit.recordedAt) })}</Row>
        ) : null}
        {so.visit.completionDisputedAt ? (
          <Row label={t("visit")}>
            <span className="text-red-800">{t("completionDisputed", { time: at(so.visit.completionDisputedAt) })}</span>
          </Row>
        ) : null}
        <Row label={t("result")}>
          {so.result.processedResult ? t(`results.${so.result.processedResult}`) : t("none")}
          {so.result.refundFen !== null ? ` · ${t("refund", { amount: formatFen(so.result.refundFen) })}` : null}
        </Row>
      </dl>
    </Card>
  );
}

const outcomeTone = { met: "green", missed: "red", void: "gray", open: "blue" } as const;

/** ROL-4: the service order's deadline ledger — whose each deadline was, when it ran, how it ended. */
export function DeadlineLedgerCard({ ledger, timeZone }: { ledger: ServiceOrderCase["ledger"]; timeZone: string }) {
  const t = useTranslations("adjudication.afterSales");
  return (
    <Card title={t("ledger")}>
      <p className="mb-2 text-xs text-gray-500">{t("ledgerHint")}</p>
      <table className="w-full text-left text-sm" data-testid="deadline-ledger">
        <thead className="text-xs text-gray-500">
          <tr>
            <th className="py-1 pr-2 font-medium">{t("type")}</th>
            <th className="py-1 pr-2 font-medium">{t("ledgerStarted")}</th>
            <th className="py-1 pr-2 font-medium">{t("ledgerDue")}</th>
            <th className="py-1 font-medium">{t("ledgerOutcome")}</th>
          </tr>
        </thead>
        <tbody>
          {ledger.map((d) => {
            const outcome = d.outcome ?? "open";
            return (
              <tr key={`${d.kind}-${d.startedAt.toISOString()}`} className="border-t border-gray-100">
                <td className="py-1 pr-2">
                  {t(`deadlineKinds.${d.kind}`)}{" "}
                  <span className="text-xs text-gray-500">{t(`parties.${d.party}`)}</span>
                </td>
                <td className="py-1 pr-2 tabular-nums">{formatDateTime(d.startedAt, timeZone)}</td>
                <td className="py-1 pr-2 tabular-nums">{formatDateTime(d.dueAt, timeZone)}</td>
                <td className="py-1">
                  <Badge tone={outcomeTone[outcome]}>{t(`outcomes.${outcome}`)}</Badge>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </Card>
  );
}

/** AS-8: the platform's decision once made — what, by whom, when, the reasons and the cited rules. */
export function ServiceDecisionCard({ c }: { c: ServiceOrderCase }) {
  const t = useTranslations("adjudication.serviceDecision");
  const tj = useTranslations("adjudication.serviceJudge");
  if (!c.decision) return null;
  return (
    <Card title={t("decision")}>
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1.5 text-sm" data-testid="decision">
        {c.decision.decision ? (
          <Row label={t("decision")}>
            <span className="font-medium">{tj(`decisions.${c.decision.decision}`)}</span>
          </Row>
        ) : null}
        <Row label={t("decidedAt")}>{formatDateTime(c.decision.decidedAt, c.serviceOrder.order.timeZone)}</Row>
        <Row label={t("decidedBy")}>{c.decision.decidedByName ?? "—"}</Row>
        <Row label={t("reason")}>{c.decision.reason}</Row>
        <Row label={t("rules")}>
          <span className="font-mono text-xs">{c.citedRules.join(", ")}</span>
        </Row>
      </dl>
    </Card>
  );
}
