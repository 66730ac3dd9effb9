/**
 * Demo invoice disputes (DSP-1..5, DSP-INV-1/2) in every stage: waiting for the merchant,
 * for the consumer, with the platform (rejected settlement, urge gone unanswered, merchant
 * silent), already judged, and one at the FBP shop waiting for the platform's own answer.
 * Only the demo buyers open disputes: a dispute is opened by a person who can sign in.
 */
import { currentDisputePolicy, currentWorkOrderPolicy } from "@/server/domain/policies/registry";
import { systemContext } from "@/server/services/service-context";
import { giveUpEvidence } from "@/server/services/disputes/give-up-evidence";
import { expireWorkOrder } from "@/server/services/work-orders/expire-work-order";
import {
  choosePlanFor,
  judgeFor,
  openDisputeFor,
  refuseFor,
  requestFor,
  respondFor,
  type SeededInvoice,
  type Title,
  urgeFor,
} from "./demo-cases-acts";
import type { DemoShopKey } from "./accounts";
import { ago, DAY, type DemoBuyerKey, type DemoKit, HOUR, MINUTE } from "./demo-cases-kit";

/** The calendar day (YYYY-MM-DD) of an instant in the demo shops' zone, Asia/Shanghai (UTC+8, no DST). */
const shanghaiDay = (at: Date): string => new Date(at.getTime() + 8 * HOUR).toISOString().slice(0, 10);

/** The system acts a few seconds after a deadline, as the sweeper did back then. */
const SWEEP_LAG_MS = 20_000;

export async function seedDisputeCases(kit: DemoKit): Promise<void> {
  const at = (ms: number) => ago(kit, ms);
  /** A refused request and the buyer's 拒绝开票 dispute on it (DSP-INV-1). */
  const refusedDispute = async (c: {
    shop: DemoShopKey;
    who: DemoBuyerKey;
    title: Title;
    requested: number;
    refused: number;
    reason: string;
    opened: number;
    claim: string;
  }): Promise<{ inv: SeededInvoice; disputeId: string } | null> => {
    const inv = await requestFor(kit, {
      shop: c.shop,
      who: c.who,
      at: at(c.requested),
      title: c.title,
      needsAccount: true,
    });
    if (!inv) return null;
    await refuseFor(kit, inv, at(c.refused), c.reason);
    return {
      inv,
      disputeId: await openDisputeFor(kit, inv, at(c.opened), { scenario: "invoice_refused", claim: c.claim }),
    };
  };

  // Awaiting the merchant at 晨光: opened 3h ago, 21h left (DSP-4).
  await refusedDispute({
    shop: "chenguang",
    who: "zhangwei",
    title: { company: 1, type: "vat_special" },
    requested: 5 * DAY,
    refused: 2 * DAY + 4 * HOUR,
    reason: "该订单参与「以旧换新」国家补贴,补贴部分已由平台统一开票,店铺无法重复开具",
    opened: 3 * HOUR,
    claim: "以旧换新补贴只占订单金额的一小部分,我实际支付的金额商家应当开票,要求按实付金额开具增值税专用发票。",
  });

  // Awaiting the consumer 李娜: the agent chose 已协商无需开票 10h ago (DSP-2, 72h to answer).
  const agreed = await refusedDispute({
    shop: "chenguang",
    who: "lina",
    title: "personal",
    requested: 6 * DAY,
    refused: 4 * DAY + 2 * HOUR,
    reason: "个人抬头订单已随包裹附赠纸质收据,不再另行开具发票",
    opened: 30 * HOUR,
    claim: "收据不能代替发票,我需要电子普通发票用于单位报销,请商家按规定开具。",
  });
  if (agreed) {
    await choosePlanFor(
      kit,
      agreed.inv,
      agreed.disputeId,
      at(10 * HOUR),
      {
        kind: "settlement",
        plan: "agreed_no_invoice",
        note: "已电话联系李娜女士,对方表示单位已同意凭收据报销,双方协商一致无需开票",
      },
      "chenguangAgent",
    );
  }

  // Consumer rejected the settlement → platform judging (DSP-2).
  const rejected = await refusedDispute({
    shop: "pinhaohuo",
    who: "wangfang",
    title: { company: 5, type: "electronic_normal" },
    requested: 7 * DAY,
    refused: 6 * DAY + 3 * HOUR,
    reason: "水果类商品属于农产品免税项目,本店暂不支持开票",
    opened: 5 * DAY + 6 * HOUR,
    claim: "免税农产品同样可以开具免税发票(税率栏注明“免税”),商家拒绝开票没有依据,请按订单金额开具电子普通发票。",
  });
  if (rejected) {
    await choosePlanFor(kit, rejected.inv, rejected.disputeId, at(4 * DAY + 20 * HOUR), {
      kind: "settlement",
      plan: "cannot_issue",
      note: "本店为个体工商户,尚未开通电子发票服务,确实无法开具发票,已向买家致歉",
    });
    await respondFor(kit, rejected.inv, rejected.disputeId, at(4 * DAY + 2 * HOUR), {
      decision: "reject",
      reason: "开具发票是经营者的义务,不能以未开通电子发票为由拒绝,不接受该方案。",
    });
  }

  await seedUrgedDispute(kit);

  // The merchant stays silent past 24h: the seed's sweep gives up its evidence (DSP-4).
  await refusedDispute({
    shop: "youpin",
    who: "lina",
    title: { company: 4, type: "vat_special" },
    requested: 5 * DAY,
    refused: 3 * DAY,
    reason: "增值税专用发票须提供开户行及账号、注册地址及电话,买家未提供完整信息,无法开具",
    opened: 26 * HOUR,
    claim:
      "开票所需的开户行、账号、地址电话已在下单备注中全部提供,商家未查看备注就拒绝开票,请按原申请开具增值税专用发票。",
  });

  await seedJudgedDispute(kit);

  // FBP: the platform refused and now owes its own answer (SHOP-1), 19h left.
  await refusedDispute({
    shop: "jingxuan",
    who: "lina",
    title: { company: 2, type: "vat_special" },
    requested: 4 * DAY,
    refused: 2 * DAY - 3 * HOUR,
    reason: "发票抬头与纳税人识别号在税务系统中登记的企业名称不一致,无法开具增值税专用发票",
    opened: 5 * HOUR,
    claim: "抬头和税号都是照营业执照填写的,已再次核对无误,请平台重新核实后开具增值税专用发票。",
  });
}

/**
 * 王芳 urged, nobody answered in 24h, the work order expired; her 催开票纠纷 goes straight to the
 * platform (DSP-INV-2). Its case page says the expired work order makes the merchant liable.
 */
async function seedUrgedDispute(kit: DemoKit): Promise<void> {
  const inv = await requestFor(kit, {
    shop: "chenguang",
    who: "wangfang",
    at: ago(kit, 16 * DAY),
    title: "personal",
    completed: true,
    needsAccount: true,
  });
  if (!inv) return;
  const urgedAt = ago(kit, 3 * DAY);
  const workOrderId = await urgeFor(kit, inv, urgedAt);
  const due = urgedAt.getTime() + currentWorkOrderPolicy("urge_invoice").replyWindowMs;
  await expireWorkOrder(systemContext(kit.db, new Date(due + SWEEP_LAG_MS)), { workOrderId });
  await openDisputeFor(kit, inv, ago(kit, 40 * HOUR), {
    scenario: "invoice_urged",
    claim: "催开票后商家 24 小时内没有任何回复,工单已超时关闭,至今仍未收到发票,请平台介入处理。",
  });
}

/**
 * Refused, merchant silent, platform judged it liable 3 days ago: a refund, a DSP-5 violation
 * the shop can still confirm or appeal (VIO-2, 7 days), and an order to issue the invoice within
 * a week of the judgment (DSP-INV-3) — still open, counting down on both parties' pages.
 */
async function seedJudgedDispute(kit: DemoKit): Promise<void> {
  const inv = await requestFor(kit, {
    shop: "youpin",
    who: "wangfang",
    at: ago(kit, 8 * DAY),
    title: "personal",
    needsAccount: true,
  });
  if (!inv) return;
  await refuseFor(kit, inv, ago(kit, 7 * DAY + 2 * HOUR), "该商品为清仓特价商品,特价商品不提供发票");
  const openedAt = ago(kit, 6 * DAY + 5 * HOUR);
  const disputeId = await openDisputeFor(kit, inv, openedAt, {
    scenario: "invoice_refused",
    claim: "商品详情页并未注明特价商品不开发票,开具发票是商家的法定义务,要求商家开票或给予补偿。",
  });
  const due = openedAt.getTime() + currentDisputePolicy("invoice_refused").answerWindowMs;
  await giveUpEvidence(systemContext(kit.db, new Date(due + SWEEP_LAG_MS)), { disputeId });
  const refundFen = Math.min(inv.order.amountFen, Math.max(500, Math.round(inv.order.amountFen * 0.06)));
  const judgedAt = ago(kit, 3 * DAY + 40 * MINUTE);
  await judgeFor(kit, disputeId, judgedAt, {
    liableParty: "merchant",
    remedy: "refund",
    amountFen: refundFen,
    issueInvoiceBy: shanghaiDay(new Date(judgedAt.getTime() + 7 * DAY)),
    reason:
      "商家以“特价商品不提供发票”为由拒绝开票,该理由不成立;商家在 24 小时内未作答,视为放弃举证。判定商家负责,按订单实付金额的 6% 向消费者退款,作为未能取得发票的补偿,并责令商家在一周内开具发票。",
    rules: ["DSP-4", "DSP-INV-1", "DSP-5", "DSP-INV-3"],
    internalNote: "参照同类拒开票纠纷的判责尺度;建议运营提醒该店铺规范特价商品的开票说明。",
  });
}
