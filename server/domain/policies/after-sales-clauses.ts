import type { LocalizedText } from "../errors";

/** The AS and SVC clauses an adjudicator cites on an after-sales case (rule-clauses.ts). */
export const afterSalesClauseText = {
  "AS-1": {
    "zh-CN": "消费者可就订单申请退货、换货、维修(上门或寄修)或其他服务(安装、调试、培训)。",
    en: "Consumers apply for return, exchange, repair (on-site or send-in) or other service (installation, setup, training).",
  },
  "AS-2": {
    "zh-CN": "商家须在申请后 48 小时内审核(七天无理由退货 24 小时),并写明审核意见及要求(如运费不得到付)。",
    en: "The merchant reviews within 48h of the application (24h for a 7-day no-reason return), with a written opinion and any requirements (e.g. no cash-on-delivery return shipping).",
  },
  "AS-3": {
    "zh-CN": "上门维修须在 7 天内完成;寄修须在收到退回商品后 30 天内完成。",
    en: "On-site repair completes within 7 days; send-in repair within 30 days of receiving the goods.",
  },
  "AS-4": {
    "zh-CN": "商家须接收退回商品,并在收货后 48 小时内以一种结果处理:退款、换新、原返或线下换新。",
    en: "The merchant must accept returned goods and within 48h of receiving them process with one result: refund, exchange for new, return the original or offline exchange.",
  },
  "AS-5": {
    "zh-CN": "未经消费者同意,商家不得驳回或变更申请的处理结果;扣减货款或运费亦须消费者同意。",
    en: "Without the consumer's consent the merchant may not reject or change the requested result; deductions of goods amount or shipping also need consent.",
  },
  "AS-6": {
    "zh-CN": "售后时限超时会显示在工单预警中,并生成违约单。",
    en: "A missed after-sales deadline shows in the warning queue and raises a violation.",
  },
  "AS-7": {
    "zh-CN": "申请时限:七天无理由退货为签收后 7 天内;质量问题退换货为 15 天内;维修在保修期内。",
    en: "Application windows: 7-day no-reason return within 7 days of signing; quality-problem return or exchange within 15 days; repair within the warranty.",
  },
  "AS-8": {
    "zh-CN":
      "变更结果、驳回或扣款方案须在时限内等待消费者确认;逾期未回复则方案失效、原申请有效;被拒绝的方案可申请平台介入。",
    en: "A proposal (changed result, rejection, deduction) waits for the consumer; silence lets it lapse and the original request stands; a refused proposal may go to the platform.",
  },
  "SVC-1": {
    "zh-CN": "极速审核:七天无理由退货申请即审核通过。",
    en: "Fast review: 7-day no-reason returns are approved on application.",
  },
  "SVC-2": {
    "zh-CN": "闪电退款:七天无理由退货在消费者提交退货运单号时即退款;退货长期未送达的会提示商家。",
    en: "Flash refund: a 7-day no-reason return is refunded when the consumer submits the tracking number; a return that never arrives is flagged to the merchant.",
  },
  "SVC-3": {
    "zh-CN": "运费险:消费者的退货运费由保险承担,商家不得扣减运费。",
    en: "Return-shipping insurance: the consumer's return shipping is covered; the merchant may not deduct shipping.",
  },
} as const satisfies Record<string, LocalizedText>;
