/**
 * Demo violation tickets (VIO-1..3) in every state on the demo shops, beside the ones the other
 * demo cases raise by themselves (the INV-6 broken promise at 晨光, the DSP-5 judgment at 优品):
 * pending with little and with plenty of time left, appealed and waiting for a senior reviewer,
 * in effect (confirmed; and left alone for 7 days — the seed's final sweep applies it), upheld on
 * appeal, and overturned on appeal (no points).
 *
 * Made by the verbs at past times: the adjudicator 周正 raises them by hand (so the senior
 * reviewer 吴慎思, who made none of these first decisions, may decide their appeals), the shops'
 * owners confirm or appeal with a statement and a PDF, 吴慎思 decides. Deterministic.
 */
import type { Actor } from "@/server/auth/actor";
import { storeUpload } from "@/server/services/files/store-upload";
import { appealViolation } from "@/server/services/violations/appeal-violation";
import { confirmViolation } from "@/server/services/violations/confirm-violation";
import { decideAppeal } from "@/server/services/violations/decide-appeal";
import { raiseByAdmin } from "@/server/services/violations/raise-by-admin";
import type { DemoShopKey } from "./accounts";
import { demoInvoicePdf } from "./demo-cases-pdf";
import { actAt, ago, DAY, type DemoKit, HOUR, MINUTE } from "./demo-cases-kit";

type Owner = "chenguangOwner" | "pinhaohuo" | "youpin";

interface Ticket {
  shop: Exclude<DemoShopKey, "jingxuan">;
  owner: Owner;
  rule: string;
  points: number;
  reason: string;
  raisedAgo: number;
}

/** A fixed request id per demo ticket, so the seed is the same every time. */
const requestId = (n: number) => `7e5a0000-0000-4000-8000-${String(n).padStart(12, "0")}`;

export async function seedViolationCases(kit: DemoKit): Promise<void> {
  let n = 0;
  const raise = async (t: Ticket): Promise<string> => {
    n += 1;
    const input = {
      shopId: kit.shops[t.shop].id,
      rule: t.rule,
      points: t.points,
      reason: t.reason,
      requestId: requestId(n),
    };
    return (await raiseByAdmin(actAt(kit.db, kit.staff.judge, { kind: "admin" }, ago(kit, t.raisedAgo)), input)).id;
  };
  const owner = (t: Ticket): Actor => kit.staff[t.owner];
  const shopId = (t: Ticket) => kit.shops[t.shop].id;
  const appeal = async (
    t: Ticket,
    violationId: string,
    appealedAgo: number,
    statement: string,
    proof: string[],
  ): Promise<string> => {
    const when = ago(kit, appealedAgo);
    const bytes = demoInvoicePdf([...proof, `Ticket: ${violationId.slice(0, 8)} (DEMO)`]);
    const file = await storeUpload(actAt(kit.db, owner(t), null, new Date(when.getTime() - 10 * MINUTE)), {
      filename: "申诉材料.pdf",
      bytes,
      purpose: "evidence",
    });
    const result = await appealViolation(actAt(kit.db, owner(t), { kind: "merchant", shopId: shopId(t) }, when), {
      violationId,
      statement,
      evidence: [file.id],
    });
    return result.appealId;
  };
  const decide = (appealId: string, decidedAgo: number, decision: "uphold" | "overturn", reason: string) =>
    decideAppeal(actAt(kit.db, kit.staff.senior, { kind: "admin" }, ago(kit, decidedAgo)), {
      appealId,
      decision,
      reason,
    });

  // Pending, about 2 hours left (VIO-2): the countdown is red.
  await raise({
    shop: "chenguang",
    owner: "chenguangOwner",
    rule: "INV-2",
    points: 2,
    raisedAgo: 7 * DAY - 2 * HOUR,
    reason: "以「系统升级」为由拒绝为已完成订单开具电子普通发票,经核实该理由不成立。",
  });

  // Pending, 5 days left, at 拼好货: forged evidence (WO-TM-7), serious.
  const forged: Ticket = {
    shop: "pinhaohuo",
    owner: "pinhaohuo",
    rule: "WO-TM-7",
    points: 48,
    raisedAgo: 2 * DAY,
    reason: "未收到货工单中提交的签收物流红章证明,印章与快递公司备案印章不符,认定为伪造凭证(严重)。",
  };
  await raise(forged);

  // Appealed a day ago, waiting for a senior reviewer (the clock is stopped).
  const untruthful: Ticket = {
    shop: "youpin",
    owner: "youpin",
    rule: "WO-TM-2",
    points: 6,
    raisedAgo: 3 * DAY,
    reason: "协同工单回复「已与消费者达成一致」,经回访消费者否认曾被联系,回复内容不实。",
  };
  const untruthfulId = await raise(untruthful);
  await appeal(
    untruthful,
    untruthfulId,
    DAY,
    "我店客服于工单创建后次日通过旺旺与消费者沟通并达成一致,消费者当时同意补发配件。附聊天记录截图导出的 PDF,请复核。",
    ["Chat export: consumer agreed to reshipment", "Date: see attached"],
  );

  // Confirmed by the shop 18 days ago: in effect since then.
  const confirmed: Ticket = {
    shop: "chenguang",
    owner: "chenguangOwner",
    rule: "INV-2",
    points: 2,
    raisedAgo: 20 * DAY,
    reason: "消费者申请补开发票后,以「超过开票期限」为由拒绝,违反补开发票规则。",
  };
  await confirmViolation(
    actAt(kit.db, owner(confirmed), { kind: "merchant", shopId: shopId(confirmed) }, ago(kit, 18 * DAY)),
    { violationId: await raise(confirmed) },
  );

  // Left alone for 7 days: the final sweep of the seed makes it take effect (VIO-2).
  await raise({
    shop: "pinhaohuo",
    owner: "pinhaohuo",
    rule: "AS-6",
    points: 2,
    raisedAgo: 10 * DAY,
    reason: "售后退货申请超过 48 小时未审核。",
  });

  // Appealed and overturned: it carries no points (VIO-3).
  const overturned: Ticket = {
    shop: "pinhaohuo",
    owner: "pinhaohuo",
    rule: "INV-2",
    points: 2,
    raisedAgo: 12 * DAY,
    reason: "拒绝为生鲜订单开具发票。",
  };
  const overturnedId = await raise(overturned);
  const overturnedAppeal = await appeal(
    overturned,
    overturnedId,
    11 * DAY,
    "该订单消费者已在下单备注中注明无需发票,且之后已按消费者要求补开,附开票记录。",
    ["Invoice issued on request", "Buyer note: no invoice needed"],
  );
  await decide(
    overturnedAppeal,
    9 * DAY,
    "overturn",
    "商家已提供开票记录,且消费者下单时注明无需发票,违规不成立,撤销违约单。",
  );

  // Appealed and upheld: in effect since the decision.
  const upheld: Ticket = {
    shop: "youpin",
    owner: "youpin",
    rule: "INV-2",
    points: 2,
    raisedAgo: 16 * DAY,
    reason: "以「财务系统维护」为由拒绝开具发票,且未告知消费者可开票时间。",
  };
  const upheldId = await raise(upheld);
  const upheldAppeal = await appeal(
    upheld,
    upheldId,
    15 * DAY,
    "当天财务系统确实在维护,次日系统恢复后已补开发票,请酌情撤销。",
    ["Invoice issued one day later"],
  );
  await decide(
    upheldAppeal,
    13 * DAY,
    "uphold",
    "系统维护不属于拒绝开票的正当理由,且未告知消费者可开票时间,维持违约单。",
  );
}
