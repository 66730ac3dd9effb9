import type { ServiceOrderStatus } from "@/server/domain/after-sales";
import type { ApplicationContentProblem } from "@/server/domain/after-sales-options";
import { DomainError, notFound, type DomainErrorKind, type LocalizedText } from "@/server/domain/errors";
import type { ProposalProblem } from "@/server/domain/service-order-consent";
import type { DeductionProblem } from "@/server/domain/service-order-results";

/**
 * The after-sales area's domain errors: a stable code and the words in both languages (the
 * error map renders the viewer's one). Refusals of an application are in after-sales-options.ts
 * (applicationRefused, codes AS_<REFUSAL>).
 */
const error = (kind: DomainErrorKind, code: string, text: LocalizedText, details?: Record<string, unknown>) =>
  new DomainError(kind, code, text, details);

export const serviceOrderNotFound = () => notFound({ "zh-CN": "售后服务单不存在", en: "Service order not found" });
export const orderNotFound = () => notFound({ "zh-CN": "订单不存在", en: "Order not found" });
export const proposalNotFound = () => notFound({ "zh-CN": "协商方案不存在", en: "Proposal not found" });

/** Someone acted first, or the action does not apply in this status: the record is unchanged. */
export const serviceOrderStale = (status: ServiceOrderStatus, action?: string) =>
  error(
    "CONFLICT",
    "AS_STALE_STATE",
    {
      "zh-CN": "售后服务单的状态已变化,此操作不再适用,请刷新后查看最新状态",
      en: "The service order has moved on and this action no longer applies. Refresh to see its current state.",
    },
    { status, ...(action ? { action } : {}) },
  );

/** The running deadline is over and its timeout (approve, refund, close, lapse…) now applies. */
export const deadlinePassed = (dueAt: Date) =>
  error(
    "CONFLICT",
    "AS_DEADLINE_PASSED",
    {
      "zh-CN": "已超过处理时限,系统将按规则自动处理",
      en: "The deadline has passed; the rules' timeout outcome applies",
    },
    { dueAt: dueAt.toISOString() },
  );

export const liveServiceOrderExists = () =>
  error("CONFLICT", "AS_LIVE_SERVICE_ORDER", {
    "zh-CN": "所选商品已有进行中的售后服务单",
    en: "A chosen item already has an after-sales service order in progress",
  });

const contentTexts: Record<ApplicationContentProblem, LocalizedText> = {
  description_required: { "zh-CN": "请填写问题描述(至少 5 个字)", en: "Describe the problem (at least 5 characters)" },
  description_too_long: { "zh-CN": "问题描述最多 500 字", en: "The description has at most 500 characters" },
  photos_required: { "zh-CN": "该原因需要上传商品问题照片", en: "This reason needs photos of the problem" },
  too_many_photos: { "zh-CN": "最多上传 9 张照片", en: "At most 9 photos" },
};
export const applicationContentError = (p: ApplicationContentProblem) =>
  error("BAD_REQUEST", `AS_${p.toUpperCase()}`, contentTexts[p]);

export const itemsNotOfOrder = () =>
  error("BAD_REQUEST", "AS_ITEM_NOT_IN_ORDER", {
    "zh-CN": "所选商品不属于该订单",
    en: "A chosen item does not belong to the order",
  });

const proposalTexts: Record<ProposalProblem, LocalizedText> = {
  not_in_this_state: { "zh-CN": "当前状态不能发起协商", en: "No proposal can be made in this state" },
  kind_not_allowed: { "zh-CN": "当前阶段不能发起此类协商", en: "This kind of proposal is not allowed at this stage" },
  deadline_passed: { "zh-CN": "已超过处理时限,不能再发起协商", en: "The deadline has passed; no proposal now" },
  already_proposed: {
    "zh-CN": "本阶段已发起过此类协商,不能重复发起",
    en: "A proposal of this kind was already made at this stage",
  },
  change_target_required: { "zh-CN": "请选择变更后的处理结果", en: "Choose the result to change to" },
  change_target_not_allowed: { "zh-CN": "当前阶段不能变更为该处理结果", en: "This result cannot be proposed now" },
  no_consent_needed: {
    "zh-CN": "该处理结果与申请一致,无需消费者同意",
    en: "That result matches the request; no consent is needed",
  },
};
export const proposalError = (p: ProposalProblem) =>
  error(p === "deadline_passed" ? "CONFLICT" : "BAD_REQUEST", `AS_PROPOSAL_${p.toUpperCase()}`, proposalTexts[p]);

const deductionTexts: Record<DeductionProblem, LocalizedText> = {
  deduction_needs_refund: { "zh-CN": "只有退款可以扣款", en: "Deductions only come off a refund" },
  deduction_not_whole_fen: { "zh-CN": "扣款金额必须为非负整数(分)", en: "Deductions are whole, non-negative fen" },
  shipping_insured: {
    "zh-CN": "该服务单享有运费险,不能扣除运费",
    en: "Return-shipping insurance covers this order; shipping may not be deducted",
  },
  shipping_merchant_fault: {
    "zh-CN": "商家责任的售后原因不能扣除运费",
    en: "Shipping may not be deducted when the reason is the merchant's fault",
  },
  shipping_over_cap: { "zh-CN": "运费扣款超过上限", en: "The shipping deduction is over the cap" },
  deduction_exceeds_goods: { "zh-CN": "扣款合计必须少于退款金额", en: "Deductions must stay below the refund" },
  note_required: { "zh-CN": "请说明扣款原因(至少 5 个字)", en: "Explain the deduction (at least 5 characters)" },
  photos_required: {
    "zh-CN": "扣除货款需上传收货验货照片",
    en: "A goods deduction needs photos of the received goods",
  },
};
export const deductionError = (p: DeductionProblem) => error("BAD_REQUEST", `AS_${p.toUpperCase()}`, deductionTexts[p]);

export const resultNeedsConsent = () =>
  error("BAD_REQUEST", "AS_RESULT_NEEDS_CONSENT", {
    "zh-CN": "处理结果与申请不一致,需先征得消费者同意",
    en: "The result differs from the request; ask for the consumer's consent first",
  });
export const resultNotApplicable = () =>
  error("BAD_REQUEST", "AS_RESULT_NOT_APPLICABLE", {
    "zh-CN": "上门服务以完成确认结束,无需选择处理结果",
    en: "On-site work ends with its completion, not a processing result",
  });
export const trackingRequired = () =>
  error("BAD_REQUEST", "AS_TRACKING_REQUIRED", {
    "zh-CN": "换新或原返需填写物流公司和运单号",
    en: "A new or returned item ships with a carrier and tracking number",
  });
export const proposalNotPending = () =>
  error("CONFLICT", "AS_PROPOSAL_NOT_PENDING", {
    "zh-CN": "该协商方案已处理或已失效",
    en: "This proposal was already answered or has lapsed",
  });
export const proposalLapsedError = () =>
  error("CONFLICT", "AS_PROPOSAL_LAPSED", {
    "zh-CN": "已超过答复时限,方案已失效,原申请继续有效",
    en: "The answer window has closed; the proposal lapsed and the original request stands",
  });
export const escalationRefused = (problem: "not_in_this_state" | "nothing_refused") =>
  error("BAD_REQUEST", `AS_ESCALATION_${problem.toUpperCase()}`, {
    "zh-CN":
      problem === "nothing_refused"
        ? "消费者拒绝协商方案或对上门服务有异议后,才能申请平台介入"
        : "当前状态不能申请平台介入",
    en:
      problem === "nothing_refused"
        ? "Platform intervention follows a refused proposal or a disputed completion"
        : "Platform intervention cannot be asked for in this state",
  });
export const closeNotAllowed = () =>
  error("CONFLICT", "AS_CLOSE_NOT_ALLOWED", {
    "zh-CN": "商品已寄回商家,服务单需由商家处理完成,不能撤销",
    en: "The goods are back with the merchant; the service order ends with a result and cannot be withdrawn",
  });
export const receiptNotYours = () =>
  error("FORBIDDEN", "AS_RECEIPT_NOT_YOURS", {
    "zh-CN": "京东仓储(FBP)店铺的退货由平台仓库确认收货",
    en: "Returns of an FBP shop are received by the platform's warehouse",
  });
export const visitWindowInvalid = () =>
  error("BAD_REQUEST", "AS_VISIT_WINDOW_INVALID", {
    "zh-CN": "上门时间需在当前时间之后,且结束晚于开始",
    en: "The visit window must lie ahead and end after it starts",
  });
export const shopOwnerOnly = () =>
  error("FORBIDDEN", "AS_SHOP_OWNER_ONLY", {
    "zh-CN": "仅店铺负责人可修改售后服务设置",
    en: "Only the shop owner can change the after-sales services",
  });
export const notTheOrdersConsumer = () =>
  error("FORBIDDEN", "AS_CONSUMER_ONLY", {
    "zh-CN": "仅下单的消费者可进行此操作",
    en: "Only the consumer who placed the order can do this",
  });
