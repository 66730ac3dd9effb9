/**
 * The demo cases act through the same service verbs people use, as the demo people, at past
 * times: every record gets the audit trail it would have had in production.
 */
import type { Actor } from "@/server/auth/actor";
import type { InvoiceType } from "@/server/domain/invoice";
import { chooseDisputePlan } from "@/server/services/disputes/choose-dispute-plan";
import { judgeDispute } from "@/server/services/disputes/judge-dispute";
import { openInvoiceDispute } from "@/server/services/disputes/open-invoice-dispute";
import { respondToSettlement } from "@/server/services/disputes/respond-to-settlement";
import type { ChoosePlanInput } from "@/server/services/disputes/choose-dispute-plan-input";
import type { JudgeDisputeInput } from "@/server/services/disputes/judge-dispute-input";
import type { OpenInvoiceDisputeInput } from "@/server/services/disputes/open-invoice-dispute-input";
import type { RespondToSettlementInput } from "@/server/services/disputes/respond-to-settlement-input";
import { storeUpload } from "@/server/services/files/store-upload";
import { issueInvoice } from "@/server/services/invoices/issue-invoice";
import { refuseInvoice } from "@/server/services/invoices/refuse-invoice";
import { requestInvoice } from "@/server/services/invoices/request-invoice";
import { replyToUrgeWorkOrder } from "@/server/services/work-orders/reply-to-urge-work-order";
import type { Tenant } from "@/server/services/tenant";
import type { ReplyToUrgeWorkOrderInput } from "@/server/services/work-orders/reply-to-urge-work-order-input";
import { urgeInvoice } from "@/server/services/work-orders/urge-invoice";
import type { DemoShopKey } from "./accounts";
import { demoInvoicePdf } from "./demo-cases-pdf";
import {
  actAt,
  type Buyer,
  type DemoKit,
  MINUTE,
  type OrderWanted,
  pickOrder,
  type SeedOrder,
  type StaffKey,
} from "./demo-cases-kit";

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/** 个人 (the buyer's own name) or one of the demo companies, by index. */
export type Title = "personal" | { company: number; type: InvoiceType };

export const companies: readonly { name: string; taxId: string }[] = [
  { name: "上海启明星信息技术有限公司", taxId: "91310115MA1K4ABCDX" },
  { name: "杭州云栖数据服务有限公司", taxId: "91330106MA2H3K8L5Q" },
  { name: "北京博远文化传媒有限公司", taxId: "91110105MA01R7XK3T" },
  { name: "深圳市华拓电子科技有限公司", taxId: "91440300MA5G2N9P4W" },
  { name: "成都锦程教育咨询有限公司", taxId: "91510107MA6C8J2D1E" },
  { name: "南京青禾餐饮管理有限公司", taxId: "91320102MA1Y5F6R8U" },
  { name: "广州市瑞丰贸易有限公司", taxId: "91440101MA59TQ3H6N" },
];

export interface SeededInvoice {
  id: string;
  shop: DemoShopKey;
  order: SeedOrder;
  buyer: Buyer;
}

/** Who answers for a shop: its merchant staff (SOP) or the platform (FBP, SHOP-1). */
function invoicer(kit: DemoKit, shop: DemoShopKey, staff?: StaffKey): { as: Tenant; actor: Actor } {
  if (kit.shops[shop].businessMode === "FBP") {
    const actor = kit.staff[staff ?? "judge"];
    return { as: { kind: "admin" }, actor };
  }
  const owner: Record<DemoShopKey, StaffKey> = {
    chenguang: "chenguangOwner",
    pinhaohuo: "pinhaohuo",
    youpin: "youpin",
    jingxuan: "judge",
  };
  const actor = kit.staff[staff ?? owner[shop]];
  return { as: { kind: "merchant", shopId: kit.shops[shop].id }, actor };
}

/** The buyer in their own tenant (actor null for a buyer without an account). */
const asBuyer = (kit: DemoKit, buyer: Buyer, at: Date) =>
  actAt(kit.db, buyer.actor, { kind: "consumer", consumerId: buyer.id }, at);

/** INV-1: a buyer requests an invoice on a fitting order; null when the world has none left. */
export async function requestFor(
  kit: DemoKit,
  wanted: Omit<OrderWanted, "before"> & { at: Date; title: Title },
): Promise<SeededInvoice | null> {
  const picked = pickOrder(kit, { ...wanted, before: wanted.at });
  if (!picked) return null;
  const { order, buyer } = picked;
  const company = wanted.title === "personal" ? null : companies[wanted.title.company % companies.length];
  const invoiceType = wanted.title === "personal" ? "electronic_normal" : wanted.title.type;
  const created = await requestInvoice(asBuyer(kit, buyer, wanted.at), {
    orderId: order.id,
    title: company?.name ?? buyer.name,
    taxId: company?.taxId,
    invoiceType,
  });
  return { id: created.id, shop: wanted.shop, order, buyer };
}

/** INV-4: the buyer presses 催开票. */
export async function urgeFor(kit: DemoKit, inv: SeededInvoice, at: Date): Promise<string> {
  const { workOrderId } = await urgeInvoice(asBuyer(kit, inv.buyer, at), { invoiceRequestId: inv.id });
  return workOrderId;
}

/** A 20-digit fully digital e-invoice number (数电票): year, region, then the order number. */
export function invoiceNoFor(inv: SeededInvoice, at: Date): string {
  return `${String(at.getUTCFullYear() % 100).padStart(2, "0")}312000${inv.order.orderNo.slice(-12).padStart(12, "0")}`;
}

const sellerNames: Record<DemoShopKey, string> = {
  chenguang: "Chenguang Digital JD Flagship Store",
  pinhaohuo: "Pinhaohuo Fresh Orchard",
  jingxuan: "JD Platform (Jingxuan Appliances FBP)",
  youpin: "Youpin Home Tmall Flagship Store",
};

/** The invoice PDF, uploaded by the person who issues it a few minutes before issuing. */
async function uploadInvoicePdf(
  kit: DemoKit,
  inv: SeededInvoice,
  actor: Actor,
  invoiceNo: string,
  at: Date,
): Promise<string> {
  const yuan = (inv.order.amountFen / 100).toFixed(2);
  const bytes = demoInvoicePdf([
    "Electronic Invoice (DEMO)",
    `Invoice No: ${invoiceNo}`,
    `Issued: ${at.toISOString().slice(0, 10)}`,
    `Order No: ${inv.order.orderNo}`,
    `Seller: ${sellerNames[inv.shop]}`,
    `Total (tax incl.): CNY ${yuan}`,
  ]);
  const stored = await storeUpload(actAt(kit.db, actor, null, new Date(at.getTime() - 3 * MINUTE)), {
    filename: `发票_${invoiceNo}.pdf`,
    bytes,
    purpose: "invoice",
  });
  return stored.id;
}

/** INV-2: the invoicing party issues with a number and the uploaded PDF. */
export async function issueFor(kit: DemoKit, inv: SeededInvoice, at: Date, staff?: StaffKey): Promise<void> {
  const who = invoicer(kit, inv.shop, staff);
  const invoiceNo = invoiceNoFor(inv, at);
  const fileId = await uploadInvoicePdf(kit, inv, who.actor, invoiceNo, at);
  await issueInvoice(actAt(kit.db, who.actor, who.as, at), { invoiceId: inv.id, invoiceNo, fileId });
}

/** INV-2: the invoicing party refuses with a reason. */
export async function refuseFor(
  kit: DemoKit,
  inv: SeededInvoice,
  at: Date,
  reason: string,
  staff?: StaffKey,
): Promise<void> {
  const who = invoicer(kit, inv.shop, staff);
  await refuseInvoice(actAt(kit.db, who.actor, who.as, at), { invoiceId: inv.id, reason });
}

/** INV-5: the invoicing party answers an urge work order (an issued invoice gets its PDF here). */
export async function replyFor(
  kit: DemoKit,
  inv: SeededInvoice,
  workOrderId: string,
  at: Date,
  reply:
    | DistributiveOmit<ReplyToUrgeWorkOrderInput, "workOrderId" | "invoiceNo" | "fileId">
    | { resolution: "invoice_issued" },
  staff?: StaffKey,
): Promise<void> {
  const who = invoicer(kit, inv.shop, staff);
  let input: ReplyToUrgeWorkOrderInput;
  if (reply.resolution === "invoice_issued") {
    const invoiceNo = invoiceNoFor(inv, at);
    input = {
      workOrderId,
      resolution: "invoice_issued",
      invoiceNo,
      fileId: await uploadInvoicePdf(kit, inv, who.actor, invoiceNo, at),
    };
  } else input = { ...reply, workOrderId };
  await replyToUrgeWorkOrder(actAt(kit.db, who.actor, who.as, at), input);
}

function accountOf(inv: SeededInvoice): Actor {
  if (!inv.buyer.actor?.consumer)
    throw new Error(`demo cases: ${inv.buyer.name} cannot sign in, so cannot open a dispute`);
  return inv.buyer.actor;
}

/** DSP-1: the buyer opens an invoice dispute. */
export async function openDisputeFor(
  kit: DemoKit,
  inv: SeededInvoice,
  at: Date,
  input: Omit<OpenInvoiceDisputeInput, "invoiceId">,
): Promise<string> {
  const actor = accountOf(inv);
  const opened = await openInvoiceDispute(actAt(kit.db, actor, { kind: "consumer", consumerId: inv.buyer.id }, at), {
    ...input,
    invoiceId: inv.id,
  });
  return opened.id;
}

/** DSP-1: the responsible party answers with one plan. */
export async function choosePlanFor(
  kit: DemoKit,
  inv: SeededInvoice,
  disputeId: string,
  at: Date,
  plan: DistributiveOmit<ChoosePlanInput, "disputeId">,
  staff?: StaffKey,
): Promise<void> {
  const who = invoicer(kit, inv.shop, staff);
  await chooseDisputePlan(actAt(kit.db, who.actor, who.as, at), { ...plan, disputeId });
}

/** DSP-2: the buyer confirms or rejects the settlement plan. */
export async function respondFor(
  kit: DemoKit,
  inv: SeededInvoice,
  disputeId: string,
  at: Date,
  answer: DistributiveOmit<RespondToSettlementInput, "disputeId">,
): Promise<void> {
  await respondToSettlement(actAt(kit.db, accountOf(inv), { kind: "consumer", consumerId: inv.buyer.id }, at), {
    ...answer,
    disputeId,
  });
}

/** DSP-5: a platform adjudicator judges. */
export async function judgeFor(
  kit: DemoKit,
  disputeId: string,
  at: Date,
  judgment: Omit<JudgeDisputeInput, "disputeId">,
  staff: StaffKey = "judge",
): Promise<void> {
  await judgeDispute(actAt(kit.db, kit.staff[staff], { kind: "admin" }, at), { ...judgment, disputeId });
}
