import { HOUR, type DisputePolicy, type EvidenceSlot } from "./types";

const chatRecords: EvidenceSlot = {
  key: "chat_records",
  label: { "zh-CN": "与消费者的沟通记录截图", en: "Screenshots of the conversation with the consumer" },
  accepts: ["jpeg", "png", "webp"],
  min: 1,
  max: 6,
};

const noFaultReasons = [
  {
    key: "consumer_info_wrong",
    label: { "zh-CN": "消费者提供的开票信息有误", en: "The consumer's invoicing details are wrong" },
    slots: [
      chatRecords,
      {
        key: "invoice_info",
        label: { "zh-CN": "消费者提交的开票信息截图", en: "Screenshot of the invoicing details submitted" },
        accepts: ["jpeg", "png", "webp", "pdf"],
        min: 1,
        max: 3,
      },
    ],
  },
  {
    key: "already_issued",
    label: { "zh-CN": "发票已开具并已送达", en: "The invoice was already issued and delivered" },
    slots: [
      {
        key: "issued_invoice",
        label: { "zh-CN": "已开具的发票", en: "The issued invoice" },
        accepts: ["pdf", "jpeg", "png"],
        min: 1,
        max: 2,
      },
      { ...chatRecords, min: 0 },
    ],
  },
  {
    key: "not_invoiceable",
    label: { "zh-CN": "商品不属于可开票范围", en: "The goods are outside what may be invoiced" },
    slots: [
      {
        key: "policy_proof",
        label: { "zh-CN": "相关政策或说明文件", en: "The rule or notice that applies" },
        accepts: ["pdf", "jpeg", "png"],
        min: 1,
        max: 3,
      },
    ],
  },
] as const;

/**
 * DSP-INV-1 (拒绝开票): four settlement plans or the no-fault evidence plan; the responsible
 * party answers within 24h (DSP-4), the consumer confirms within 72h (DSP-2).
 */
export const invoiceRefusedV1: DisputePolicy = {
  id: "jd.dispute.invoice_refused",
  version: 1,
  scenario: "invoice_refused",
  name: { "zh-CN": "拒绝开票纠纷", en: "Invoice refused dispute" },
  answerWindowMs: 24 * HOUR,
  confirmWindowMs: 72 * HOUR,
  settlementPlans: [
    {
      key: "invoice_issued",
      label: { "zh-CN": "已开发票", en: "Invoice issued" },
      explanation: {
        "zh-CN": "商家已开具发票,可在发票详情中下载",
        en: "The invoice has been issued; download it from the invoice page",
      },
      requires: { invoice: true },
    },
    {
      key: "agreed_no_invoice",
      label: { "zh-CN": "已协商无需开票", en: "Agreed no invoice is needed" },
      explanation: {
        "zh-CN": "您已与商家协商一致,本单无需开票",
        en: "You agreed with the merchant that no invoice is needed",
      },
      requires: {},
    },
    {
      key: "cannot_issue",
      label: { "zh-CN": "无法开票", en: "Cannot issue the invoice" },
      explanation: {
        "zh-CN": "商家说明无法开具发票,确认后纠纷结束",
        en: "The merchant says it cannot issue the invoice; confirming ends the dispute",
      },
      requires: { note: true },
    },
    {
      key: "agreed_other_date",
      label: { "zh-CN": "另行约定开票日期", en: "Agreed another invoicing date" },
      explanation: {
        "zh-CN": "商家将在约定日期前开具发票",
        en: "The merchant will issue the invoice by the agreed date",
      },
      requires: { futureDate: true },
    },
  ],
  noFault: {
    label: { "zh-CN": "无法自主处理,需平台介入判责", en: "Cannot handle, platform must judge" },
    reasons: noFaultReasons,
  },
  judgedDirectly: false,
};

/** DSP-INV-2 (催开票纠纷): no plans; the platform judges from the urge work order's outcome. */
export const invoiceUrgedV1: DisputePolicy = {
  id: "jd.dispute.invoice_urged",
  version: 1,
  scenario: "invoice_urged",
  name: { "zh-CN": "催开票纠纷", en: "Invoice urged dispute" },
  answerWindowMs: 24 * HOUR,
  confirmWindowMs: 72 * HOUR,
  settlementPlans: [],
  noFault: null,
  judgedDirectly: true,
};
