import type { LocalizedText } from "../errors";
import { DAY_MS } from "../time";
import type { WorkOrderType } from "../work-order";

export interface ManualViolationRule {
  rule: string;
  label: LocalizedText;
  /** The point values an admin may choose for it (the first is the default). */
  points: readonly number[];
}

export interface TimeoutViolation {
  rule: string;
  points: number;
  reason: LocalizedText;
}

/**
 * VIO-1..3 as versioned data (ROL-1): the merchant's window to confirm or appeal, the rules an
 * admin may raise a ticket under by hand, and the tickets expired work orders raise. Work
 * orders, disputes and service orders pin the version they were opened under
 * (violation_rule_policy_version).
 */
export interface ViolationRulePolicy {
  id: string;
  version: number;
  name: LocalizedText;
  /** VIO-2: the merchant confirms or appeals within this window of the decision. */
  appealWindowMs: number;
  manualRules: readonly ManualViolationRule[];
  workOrderTimeouts: Partial<Record<WorkOrderType, TimeoutViolation>>;
}

/** VIO-2: the merchant confirms or appeals within 7 days of the decision that raised the ticket. */
export const VIOLATION_APPEAL_WINDOW_MS = 7 * DAY_MS;

/**
 * VIO-1: rules an admin may raise a ticket under by hand, each with the points it may carry.
 * Weights follow the system-raised ones: invoicing failures 2 points (as INV-6 and DSP-5),
 * untruthful replies 6, forged evidence 12 ordinary / 48 serious (WO-TM-7).
 */
export const manualViolationRules: readonly ManualViolationRule[] = [
  {
    rule: "INV-2",
    label: { "zh-CN": "无正当理由拒绝开票", en: "Refused to invoice without a valid reason" },
    points: [2],
  },
  {
    rule: "INV-6",
    label: { "zh-CN": "承诺开票时间未履约", en: "Agreed invoicing date passed without an invoice" },
    points: [2],
  },
  {
    rule: "WO-TM-2",
    label: { "zh-CN": "协同工单回复不实", en: "Untruthful reply to a collaborative work order" },
    points: [6],
  },
  { rule: "WO-TM-7", label: { "zh-CN": "提交伪造凭证", en: "Forged evidence submitted" }, points: [12, 48] },
  { rule: "AS-6", label: { "zh-CN": "售后服务单超时未处理", en: "After-sales deadline missed" }, points: [2] },
];

/**
 * VIO-1 "missed deadlines": the work-order types whose expiry (no reply by the deadline, INV-7 /
 * WO-2) raises one ticket against the shop. Only tickets the shop earned: an FBP work order is
 * the platform's own (SHOP-1), so none. Collaborative work orders do not expire — the timeout
 * sends them to platform judgment (WO-TM-5), and the judgment decides the consequence.
 */
export const workOrderTimeoutViolations: Partial<Record<WorkOrderType, TimeoutViolation>> = {
  urge_invoice: {
    rule: "INV-7",
    points: 2,
    reason: { "zh-CN": "催开票工单 24 小时内未回复,已超时", en: "Urge-invoice work order not answered within 24h" },
  },
  not_received: {
    rule: "WO-2",
    points: 2,
    reason: { "zh-CN": "平台介入工单(未收到货)超时未处理", en: "Not-received work order not answered by its deadline" },
  },
  missing_items: {
    rule: "WO-2",
    points: 2,
    reason: {
      "zh-CN": "平台介入工单(少发漏发)超时未处理",
      en: "Missing-items work order not answered by its deadline",
    },
  },
};

export const violationRulesV1: ViolationRulePolicy = {
  id: "platform.violation_rules",
  version: 1,
  name: { "zh-CN": "违约处理规则", en: "Violation rules" },
  appealWindowMs: VIOLATION_APPEAL_WINDOW_MS,
  manualRules: manualViolationRules,
  workOrderTimeouts: workOrderTimeoutViolations,
};
