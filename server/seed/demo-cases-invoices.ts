/**
 * Demo invoice requests and urge-invoice work orders (INV-1..9): fresh requests, requests the
 * buyer may urge right now, issued and refused invoices, and urge work orders in every stage —
 * open at staggered deadlines, promised, about to break or expire, and resolved.
 */
import type { DemoShopKey } from "./accounts";
import { issueFor, refuseFor, replyFor, requestFor, type Title, urgeFor } from "./demo-cases-acts";
import { ago, DAY, type DemoKit, HOUR, MINUTE, type Who } from "./demo-cases-kit";

type Requested = readonly [shop: DemoShopKey, who: Who, requestedAgo: number, title: Title];
type Urged = readonly [shop: DemoShopKey, who: Who, requestedAgo: number, urgedAgo: number];

/** Requested within the last 10 days: not urgeable yet (INV-3). */
const fresh: readonly Requested[] = [
  ["chenguang", "other", 2 * HOUR + 13 * MINUTE, "personal"],
  ["jingxuan", "other", 7 * HOUR + 40 * MINUTE, { company: 0, type: "vat_special" }],
  ["youpin", "lina", 20 * HOUR + 5 * MINUTE, "personal"],
  ["pinhaohuo", "other", 1.5 * DAY, "personal"],
  ["chenguang", "other", 2.5 * DAY + 3 * HOUR, { company: 1, type: "electronic_normal" }],
  ["jingxuan", "zhangwei", 3 * DAY + 2 * HOUR, { company: 3, type: "vat_special" }],
  ["youpin", "other", 4.5 * DAY, { company: 2, type: "electronic_normal" }],
  ["chenguang", "wangfang", 6 * DAY + 5 * HOUR, "personal"],
  ["pinhaohuo", "other", 7.5 * DAY, "personal"],
  ["jingxuan", "other", 9 * DAY + 4 * HOUR, { company: 4, type: "vat_special" }],
];

/** Completed orders requested 10.5–20 days ago, never urged: 催开票 shows right away. */
const urgeable: readonly Requested[] = [
  ["pinhaohuo", "zhangwei", 12 * DAY + 5 * HOUR, "personal"],
  ["jingxuan", "zhangwei", 18 * DAY + 2 * HOUR, { company: 3, type: "electronic_normal" }],
  ["chenguang", "lina", 10.5 * DAY, "personal"],
  ["chenguang", "other", 14 * DAY + 7 * HOUR, { company: 5, type: "vat_special" }],
  ["youpin", "other", 20 * DAY - 3 * HOUR, "personal"],
];

/** Open urge work orders: 24h to answer (INV-5), so every urgency tier of the queue shows. */
const openUrges: readonly Urged[] = [
  ["chenguang", "other", 12 * DAY, 1 * HOUR],
  ["chenguang", "other", 11 * DAY + 6 * HOUR, 12 * HOUR],
  ["chenguang", "wangfang", 15 * DAY, 18 * HOUR],
  ["chenguang", "other", 13 * DAY, 22.5 * HOUR],
  ["chenguang", "lina", 16 * DAY, 23.5 * HOUR],
  ["pinhaohuo", "other", 14 * DAY, 5 * HOUR],
  ["pinhaohuo", "zhangwei", 12 * DAY + 8 * HOUR, 20 * HOUR],
  ["youpin", "other", 17 * DAY, 8 * HOUR],
  // FBP: routed to the platform (SHOP-1).
  ["jingxuan", "other", 12 * DAY + 3 * HOUR, 3 * HOUR],
  ["jingxuan", "wangfang", 15 * DAY, 21 * HOUR],
];

/** Urged over 24h ago with no answer: the seed's sweep at `now` expires them (INV-7). */
const unanswered: readonly Urged[] = [
  ["pinhaohuo", "zhangwei", 15 * DAY, 30 * HOUR],
  ["youpin", "other", 20 * DAY, 41 * HOUR],
];

const floorHour = (ms: number) => new Date(Math.floor(ms / HOUR) * HOUR);

export async function seedInvoiceCases(kit: DemoKit): Promise<void> {
  const at = (ms: number) => ago(kit, ms);
  for (const [shop, who, requested, title] of fresh) await requestFor(kit, { shop, who, at: at(requested), title });
  for (const [shop, who, requested, title] of urgeable)
    await requestFor(kit, { shop, who, at: at(requested), title, completed: true });

  // INV-2: issued with a number and a stored PDF.
  const issued: readonly [DemoShopKey, Who, number, number, Title][] = [
    ["chenguang", "other", 9 * DAY, 7 * DAY - 3 * HOUR, { company: 6, type: "vat_special" }],
    ["youpin", "wangfang", 6 * DAY, 5 * DAY - 2 * HOUR, "personal"],
    ["jingxuan", "lina", 8 * DAY, 7 * DAY + 1 * HOUR, "personal"],
  ];
  for (const [shop, who, requested, issuedAgo, title] of issued) {
    const inv = await requestFor(kit, { shop, who, at: at(requested), title });
    if (inv) await issueFor(kit, inv, at(issuedAgo));
  }

  // INV-2: refused with a reason (the buyer may still open a 拒绝开票 dispute).
  const refusedMismatch = await requestFor(kit, {
    shop: "youpin",
    who: "other",
    at: at(5 * DAY),
    title: { company: 2, type: "vat_special" },
  });
  if (refusedMismatch) {
    await refuseFor(
      kit,
      refusedMismatch,
      at(4 * DAY - 5 * HOUR),
      "经核对,所填纳税人识别号在税务系统中登记的企业名称与发票抬头不一致,请核对营业执照后重新申请",
    );
  }
  const refusedFresh = await requestFor(kit, {
    shop: "pinhaohuo",
    who: "zhangwei",
    at: at(2 * DAY + 6 * HOUR),
    title: { company: 0, type: "vat_special" },
  });
  if (refusedFresh) {
    await refuseFor(
      kit,
      refusedFresh,
      at(1 * DAY + 20 * HOUR),
      "生鲜农产品属于免税项目,本店无法开具增值税专用发票;如需报销,请重新申请电子普通发票",
    );
  }

  await seedUrgeCases(kit);
}

async function seedUrgeCases(kit: DemoKit): Promise<void> {
  const at = (ms: number) => ago(kit, ms);
  const urged = async ([shop, who, requested, urgedAgo]: Urged) => {
    const inv = await requestFor(kit, { shop, who, at: at(requested), title: "personal", completed: true });
    return inv ? { inv, workOrderId: await urgeFor(kit, inv, at(urgedAgo)) } : null;
  };
  for (const item of [...openUrges, ...unanswered]) await urged(item);

  // INV-5 已协商开票时间: promised for the day after tomorrow (shows under "later").
  const promised = await urged(["chenguang", "other", 13 * DAY, 15 * HOUR]);
  if (promised) {
    await replyFor(
      kit,
      promised.inv,
      promised.workOrderId,
      at(10 * HOUR),
      {
        resolution: "agreed_invoice_date",
        promisedAt: floorHour(kit.now.getTime() + 2 * DAY),
        note: "已与买家电话沟通:本月开票额度已用完,下月初额度恢复后两天内开具并上传",
      },
      "chenguangAgent",
    );
  }

  // INV-6: a promised date that passed yesterday; the seed's sweep breaks it and raises the violation.
  const broken = await urged(["chenguang", "other", 16 * DAY, 4 * DAY]);
  if (broken) {
    await replyFor(kit, broken.inv, broken.workOrderId, at(3.6 * DAY), {
      resolution: "agreed_invoice_date",
      promisedAt: floorHour(kit.now.getTime() - 1 * DAY),
      note: "买家同意延后开票,约定日期前开具并上传电子发票",
    });
  }

  // INV-5: resolved — agreed no invoice is needed; and answered by issuing the invoice.
  const noInvoice = await urged(["pinhaohuo", "other", 18 * DAY, 3 * DAY]);
  if (noInvoice) {
    await replyFor(kit, noInvoice.inv, noInvoice.workOrderId, at(3 * DAY - 2 * HOUR), {
      resolution: "agreed_no_invoice",
      note: "已电话联系买家,买家表示为个人自用、无需报销,同意不开具发票",
    });
  }
  const answered = await urged(["chenguang", "other", 14 * DAY, 2 * DAY]);
  if (answered)
    await replyFor(
      kit,
      answered.inv,
      answered.workOrderId,
      at(2 * DAY - 5 * HOUR),
      { resolution: "invoice_issued" },
      "chenguangAgent",
    );
}
