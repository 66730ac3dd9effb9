import type { DisputeScenario } from "../dispute";
import type { LocalizedText } from "../errors";
import { afterSalesClauseText } from "./after-sales-clauses";
import type { PlatformWorkOrderType } from "./platform-deadlines";

/**
 * The SPEC rule clauses an adjudicator weighs (DSP-5), with their ID and wording in
 * both languages, and which of them apply to each dispute scenario and work-order type. The
 * case page shows the applicable clauses; the judgment form offers them as checkboxes and a
 * judgment or decision must cite at least one of them (stored in disputes.judgment_rules /
 * work_orders.decision_rules). Versioned like every policy: a new wording is a new version.
 *
 * Choices where SPEC is silent:
 * - DSP-5 (what a platform judgment records) applies to work-order decisions too: WO-TM-5 says
 *   they are judged "by the dispute standards", and the PDD decisions record the same things.
 * - WO-TM-7 (forged evidence) applies to every work-order type that takes evidence, not only
 *   Tmall's: forging a red-stamp proof is as much a violation as forging a chat log.
 * - A judgment may only cite clauses that apply to its case (citing WO-PDD-1 on an invoice
 *   dispute would not explain anything to the parties).
 * - An after-sales case (AS-8) is judged like a dispute (DSP-5 applies), by the AS/SVC clauses and
 *   SHOP-1 (FBP: the platform recorded the receipt).
 */
export const ruleClausesVersion = { id: "rule-clauses", version: 1 } as const;

export const ruleClauseText = {
  "SHOP-1": {
    "zh-CN": "FBP 店铺由平台开票,其发票工单和发票纠纷由平台处理,而非商家。",
    en: "FBP shops are invoiced by the platform: their invoice work orders and disputes go to platform admins, not the merchant.",
  },
  "INV-2": {
    "zh-CN": "开票方上传发票文件(PDF/OFD)及发票号开票,或填写原因拒绝开票。",
    en: "The invoicing party issues the invoice (PDF/OFD file and number) or refuses with a reason.",
  },
  "INV-5": {
    "zh-CN":
      "开票方须在 24 小时内开票,或与消费者协商后回复:已开发票、已协商无需开票、已协商无法开票、已协商开票时间之一。",
    en: "The invoicing party must act within 24h: issue the invoice, or agree with the consumer and reply with one of four resolutions.",
  },
  "INV-6": {
    "zh-CN": "已协商开票时间是承诺:到期未开票即承诺不履约,生成违约单。",
    en: "An agreed invoicing date is a promise: if it passes without an invoice, the promise is broken and a violation ticket is raised.",
  },
  "INV-7": {
    "zh-CN": "24 小时未回复则工单超时;工单结果(回复内容、是否按时)是后续纠纷判责的依据。",
    en: "No reply within 24h expires the work order; its outcome is the basis for judging a later dispute.",
  },
  "DSP-1": {
    "zh-CN": "责任方只能选择一个方案:场景内的和解方案之一,或无责举证「无法自主处理,需平台介入判责」。",
    en: "The responsible party answers with exactly one plan: a settlement plan of the scenario, or the no-fault evidence plan.",
  },
  "DSP-2": {
    "zh-CN": "和解方案待客户确认;客户拒绝则进入平台判责,72 小时未回复视为确认。",
    en: "A settlement plan awaits the consumer; rejecting sends the dispute to platform judgment; silence for 72h confirms.",
  },
  "DSP-3": {
    "zh-CN": "无责举证须选择举证理由并提交该理由要求的凭证,纠纷进入平台判责。",
    en: "No-fault evidence needs a reason from the scenario's list and the evidence it asks for; the dispute goes to platform judgment.",
  },
  "DSP-4": {
    "zh-CN": "责任方 24 小时内未回复视为放弃举证,纠纷直接进入平台判责。",
    en: "A responsible party silent for 24h has given up its evidence; the dispute goes to platform judgment without it.",
  },
  "DSP-5": {
    "zh-CN":
      "平台判责须记录责任方、处理结果(退款、赔付金额或不予赔付)及理由;判商家责任计入纠纷指标并可生成违约单;判责为最终结果。",
    en: "A platform judgment records the liable party, the remedy (refund, compensation amount, none) and its reasons; against the merchant it counts in the metrics and may raise a violation ticket; it is final.",
  },
  "DSP-INV-1": {
    "zh-CN": "拒绝开票纠纷:和解方案为已开发票、已协商无需开票、无法开票、另行约定开票日期,另有无责举证方案。",
    en: "Invoice refused: settlement plans are invoice issued, no invoice needed, cannot issue, another invoicing date; plus no-fault evidence.",
  },
  "DSP-INV-2": {
    "zh-CN":
      "催开票纠纷无和解方案,平台依据催开票工单结果直接判责:超时或承诺不履约 → 商家责任;已开票或已协商 → 以该回复的凭证为准。",
    en: "Invoice urged: no settlement plans; the platform judges from the urge work order's outcome — expired or broken promise → merchant liable; issued or agreed → the reply's evidence decides.",
  },
  "DSP-INV-3": {
    "zh-CN":
      "发票纠纷判商家责任时,可责令其在限期内开票;该期限与和解方案「另行约定开票日期」一样受系统监控,逾期未开票生成违约单。",
    en: "A judgment against the merchant in an invoice dispute may order the invoice issued by a date; like an agreed invoicing date chosen as a settlement, it is watched and passing it without an invoice raises a violation ticket.",
  },
  "DSP-CXL-1": {
    "zh-CN": "取消订单纠纷方案:直接退款、已协商驳回取消、已协商同意等待48H物流拦截,另有无责举证方案。",
    en: "Cancel-order plans: direct refund, agreed to reject the cancellation, agreed to wait 48h for interception; plus no-fault evidence.",
  },
  "DSP-CXL-2": {
    "zh-CN": "直接退款:系统立即退款并生成退款成功的取消单。",
    en: "Direct refund: the system refunds at once and records a cancel order with status refund succeeded.",
  },
  "DSP-CXL-3": {
    "zh-CN": "已协商驳回:不退款,待客户确认;消费者已提交的取消申请不会自动驳回。",
    en: "Agreed rejection: no refund; awaits the consumer; an existing cancel request is not rejected automatically.",
  },
  "DSP-CXL-4": {
    "zh-CN": "48H 物流拦截:取消单变为物流待跟进并开始 48 小时倒计时,到期按配送方式退款或拦截。",
    en: "48h interception: the cancel order becomes logistics pending follow-up and a 48h countdown starts; at its end the system refunds or intercepts by delivery type.",
  },
  "DSP-CXL-5": {
    "zh-CN": "商家选方案期间消费者提交的取消申请,直接退款或拦截方案会一并处理该申请。",
    en: "A cancel request submitted while the merchant chose a plan is settled by a direct-refund or interception plan.",
  },
  "DSP-CXL-7": {
    "zh-CN": "取消订单纠纷须在商家驳回取消申请后,或取消申请超过商家审核时限(24 小时)仍未处理时发起。",
    en: "A cancellation dispute is opened only after the merchant rejected the cancel request, or when the request waited past the merchant's review window (24h).",
  },
  "WO-1": {
    "zh-CN": "消费者申请平台介入后,平台生成商家工单,写明诉求、商家需提供的内容及时限。",
    en: "On platform intervention the platform opens a merchant work order stating the claim, what the merchant must provide and the deadline.",
  },
  "WO-2": {
    "zh-CN": "工单超时未回复视为默认放弃处理,自动执行该类型的超时后果。",
    en: "A work order not answered by its deadline is abandoned and its type's timeout consequence applies.",
  },
  "WO-3": {
    "zh-CN": "凭证按栏位提交,多项须一次提交;放错栏位的凭证无效,平台可标记凭证无效并写明原因。",
    en: "Evidence goes in named slots, all in one submission; evidence in the wrong slot is invalid and admins can mark items invalid with a reason.",
  },
  "WO-PDD-1": {
    "zh-CN":
      "未收到货:商家须在 48 小时内同时提供发货底单和签收物流红章证明;超时或凭证缺失/无效 → 全额退款,计入纠纷退款。",
    en: "Not received: within 48h the merchant provides both the shipping receipt and the signed red-stamp proof; timeout or missing/invalid evidence → full refund.",
  },
  "WO-PDD-2": {
    "zh-CN":
      "少发漏发/错发:24 小时内举证(发货、签收、派件称重图)、协商一致或补发;超时 → 全额退款加合理赔付并下架商品。",
    en: "Missing or wrong items: within 24h prove with weighing photos, settle, or reship; timeout → full refund plus compensation and delisting.",
  },
  "WO-PDD-3": {
    "zh-CN": "签收物流红章证明的可变字段须手写,且有匹配的公司签字和盖章。",
    en: "The red-stamp proof must have its variable fields handwritten and a matching company signature and stamp.",
  },
  "WO-TM-1": {
    "zh-CN": "协同工单:商家收到通知,须在 24 小时内回复。",
    en: "Collaborative work order: the merchant is notified and must reply within 24h.",
  },
  "WO-TM-2": {
    "zh-CN": "回复须如实说明是否与消费者达成一致,并附协商凭证。",
    en: "The reply states truthfully whether an agreement was reached, with negotiation vouchers.",
  },
  "WO-TM-3": {
    "zh-CN": "商家须在工单创建后再次联系消费者,创建前的联系记录不计入。",
    en: "The merchant must contact the consumer after the work order was created; earlier contacts do not count.",
  },
  "WO-TM-4": {
    "zh-CN": "多次联系消费者未果,商家回复「无法处理」并附联系凭证,工单进入二审。",
    en: "Consumer unreachable after several attempts: the merchant replies unresolved with vouchers; the work order goes to second-level review.",
  },
  "WO-TM-5": {
    "zh-CN": "超时或未达成一致 → 平台按纠纷标准判责,判商家责任计入纠纷退款率或平台纠纷率。",
    en: "Timeout or no agreement → platform judgment by the dispute standards, counted toward the shop's dispute rates.",
  },
  "WO-TM-6": {
    "zh-CN": "无忧采购订单走自身流程,不按纠纷流程判责。",
    en: "Worry-free purchase orders follow their own process and are never judged by the dispute flow.",
  },
  "WO-TM-7": {
    "zh-CN": "伪造凭证属违规:一般情形每次扣 12 分,严重情形每次扣 48 分。",
    en: "Forged evidence is a violation: 12 points each in ordinary cases, 48 in serious ones.",
  },
  ...afterSalesClauseText,
} as const satisfies Record<string, LocalizedText>;

export type RuleId = keyof typeof ruleClauseText;
export const ruleIds = Object.keys(ruleClauseText) as [RuleId, ...RuleId[]];

const disputeClauses: Record<DisputeScenario, readonly RuleId[]> = {
  invoice_refused: ["DSP-INV-1", "DSP-1", "DSP-2", "DSP-3", "DSP-4", "INV-2", "SHOP-1", "DSP-5", "DSP-INV-3"],
  invoice_urged: ["DSP-INV-2", "INV-5", "INV-6", "INV-7", "SHOP-1", "DSP-5", "DSP-INV-3"],
  order_cancel: [
    "DSP-CXL-1",
    "DSP-CXL-2",
    "DSP-CXL-3",
    "DSP-CXL-4",
    "DSP-CXL-5",
    "DSP-CXL-7",
    "DSP-1",
    "DSP-2",
    "DSP-3",
    "DSP-4",
    "DSP-5",
  ],
};

const workOrderClauses: Record<PlatformWorkOrderType, readonly RuleId[]> = {
  not_received: ["WO-PDD-1", "WO-PDD-3", "WO-3", "WO-1", "WO-2", "WO-TM-7", "DSP-5"],
  missing_items: ["WO-PDD-2", "WO-3", "WO-1", "WO-2", "WO-TM-7", "DSP-5"],
  collaborative: ["WO-TM-5", "WO-TM-4", "WO-TM-2", "WO-TM-3", "WO-TM-1", "WO-TM-6", "WO-TM-7", "WO-3", "DSP-5"],
};

/** AS-8: an after-sales case in platform intervention. */
const serviceOrderClauses: readonly RuleId[] = [
  "AS-5",
  "AS-8",
  "AS-4",
  "AS-3",
  "AS-2",
  "AS-1",
  "AS-7",
  "SVC-2",
  "SVC-3",
  "SHOP-1",
  "DSP-5",
];

export type RuleCaseRef =
  | { kind: "dispute"; scenario: DisputeScenario }
  | { kind: "work_order"; type: PlatformWorkOrderType }
  | { kind: "service_order" };

function applicableIds(ref: RuleCaseRef): readonly RuleId[] {
  if (ref.kind === "dispute") return disputeClauses[ref.scenario];
  if (ref.kind === "work_order") return workOrderClauses[ref.type];
  return serviceOrderClauses;
}

export interface RuleClause {
  id: RuleId;
  text: LocalizedText;
}

/** The clauses that apply to a case, the most specific first. */
export function clausesFor(ref: RuleCaseRef): RuleClause[] {
  return applicableIds(ref).map((id) => ({ id, text: ruleClauseText[id] }));
}

/**
 * DSP-5: the cited rule IDs, deduplicated in the order given, each applying to the case; else
 * a BAD_REQUEST naming the ones that do not apply.
 */
export function citedRules(
  ref: RuleCaseRef,
  rules: readonly string[],
): { ok: true; rules: RuleId[] } | { ok: false; notApplicable: string[] } {
  const applicable = new Set<string>(applicableIds(ref));
  const unique = [...new Set(rules)];
  const notApplicable = unique.filter((id) => !applicable.has(id));
  if (notApplicable.length > 0) return { ok: false, notApplicable };
  return { ok: true, rules: unique as RuleId[] };
}
