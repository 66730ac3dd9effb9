import { formatDateTime, formatFen } from "../format";

/** next-intl's root translator (`useTranslations()`, or `createTranslator` in tests). */
export interface RootTranslator {
  (key: string, values?: Record<string, string | number>): string;
  has(key: string): boolean;
}

type Payload = Record<string, unknown>;

const str = (v: unknown): string | null => (typeof v === "string" && v !== "" ? v : null);
const num = (v: unknown): number | null => (typeof v === "number" && Number.isFinite(v) ? v : null);
/** A stored code (snake_case), as opposed to words a person typed. */
const isCode = (v: unknown): v is string => typeof v === "string" && /^[a-z][a-z0-9_]*$/.test(v);

const D = "timeline.details.service_order";

/** A label from the afterSales namespace, or the code itself when the words are missing (never throws). */
function label(t: RootTranslator, group: string, code: unknown): string | null {
  if (!isCode(code)) return null;
  const key = `afterSales.${group}.${code}`;
  return t.has(key) ? t(key) : code;
}

function typeText(t: RootTranslator, p: Payload): string | null {
  if (p.type === "repair" && isCode(p.repairMode)) return label(t, "typeWithMode", p.repairMode);
  return label(t, "types", p.type);
}

function shipmentText(t: RootTranslator, p: Payload): string | null {
  const trackingNo = str(p.trackingNo);
  if (!trackingNo) return null;
  return t(`${D}.shipment`, { carrier: str(p.carrier) ?? "", trackingNo });
}

function proposalText(t: RootTranslator, p: Payload): string | null {
  if (p.kind === "change_result")
    return t(`${D}.proposal_change_result`, { result: label(t, "results", p.changeTo) ?? "" });
  if (p.kind === "deduction")
    return t(`${D}.proposal_deduction`, {
      goods: formatFen(num(p.goodsDeductionFen) ?? 0),
      shipping: formatFen(num(p.shippingDeductionFen) ?? 0),
      refund: formatFen(num(p.refundFen) ?? 0),
    });
  return label(t, "proposalKinds", p.kind);
}

function processedText(t: RootTranslator, p: Payload): string | null {
  const result = label(t, "results", p.result);
  if (!result) return null;
  const refunded = num(p.refundedFen);
  if (refunded !== null) return t(`${D}.result_refund`, { result, amount: formatFen(refunded) });
  const shipment = shipmentText(t, p);
  return shipment ? t(`${D}.result_shipment`, { result, shipment }) : result;
}

const joiner = (t: RootTranslator) => t(`${D}.listSeparator`);

/**
 * The detail line under a service order's timeline entry, from the codes and parameters its
 * audit event stored (types, reasons, results, requirements, amounts), in the reader's language.
 * null: nothing to add. undefined: not a service-order entry this knows; the timeline's own rule
 * (a person's note or reason) applies.
 */
export function serviceOrderDetail(
  t: RootTranslator,
  entry: { action: string; payload: Payload },
  timeZone: string,
): string | null | undefined {
  if (!entry.action.startsWith("service_order.")) return undefined;
  const action = entry.action.slice("service_order.".length);
  const p = entry.payload;
  switch (action) {
    case "applied": {
      const type = typeText(t, p);
      const reason = label(t, "reasons", p.reason);
      return type && reason ? t(`${D}.applied`, { type, reason }) : (type ?? reason);
    }
    case "approved": {
      const codes = Array.isArray(p.requirements) ? p.requirements.filter(isCode) : [];
      if (codes.length === 0) return null;
      const words = codes.map((c) => label(t, "requirementLabels", c) ?? c).join(joiner(t));
      return t(`${D}.requirements`, { requirements: words });
    }
    case "visit_scheduled": {
      const from = str(p.from);
      const to = str(p.to);
      return from && to
        ? t(`${D}.visit`, { from: formatDateTime(from, timeZone), to: formatDateTime(to, timeZone) })
        : null;
    }
    case "proposed":
    case "proposal_accepted":
    case "proposal_refused":
    case "proposal_lapsed":
      return proposalText(t, p);
    case "return_shipped":
    case "repair_completed":
      return shipmentText(t, p);
    case "processed":
      return processedText(t, p);
    case "flash_refunded":
    case "processing_timeout_refunded": {
      const amount = num(p.refundedFen);
      return amount === null ? null : t(`${D}.refunded`, { amount: formatFen(amount) });
    }
    case "received":
      return label(t, "receiptRecorders", p.recorder);
    case "judged": {
      const key = `adjudication.serviceJudge.decisions.${str(p.decision) ?? ""}`;
      if (!t.has(key)) return null;
      const amount = num(p.refundedFen);
      const decision = amount === null ? t(key) : `${t(key)} ${formatFen(amount)}`;
      const rules = Array.isArray(p.rules) ? p.rules.filter((r): r is string => typeof r === "string") : [];
      return rules.length === 0 ? decision : t(`${D}.judged`, { decision, rules: rules.join(joiner(t)) });
    }
    case "deadline_missed": {
      const kind = label(t, "deadlineKinds", p.kind);
      return kind ? t(`${D}.missed`, { kind }) : null;
    }
    default:
      // The action already says why a service order closed; a stored code is never shown raw.
      // Words a person typed (an escalation's reason, a visit note) show as written.
      if (isCode(p.reason) || (p.reason === undefined && isCode(p.note))) return null;
      return undefined;
  }
}
