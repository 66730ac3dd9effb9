import { randomUUID } from "node:crypto";
import { and, eq, inArray, sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { complaintOrders, complaints, consumers, orders } from "@/db/schema";
import { openComplaintStatuses, orderSetKey } from "@/server/domain/complaint";
import { dueAfter } from "@/server/domain/deadlines";
import { DomainError } from "@/server/domain/errors";
import { categoryRule } from "@/server/domain/policies/complaints";
import { newComplaintPolicy } from "@/server/services/policies/new-item-policy";
import { actingOf } from "../acting";
import { isUuid } from "../ids";
import { validateSlots } from "../intervention/intervention-work-order";
import type { ServiceContext } from "../service-context";
import { tenantOfKind } from "../tenant";
import { auditComplaint, insertComplaintEvidence } from "./complaint-access";
import type { FileComplaintInput } from "./file-complaint-input";

const buyerNotFound = () =>
  new DomainError("NOT_FOUND", "BUYER_NOT_FOUND", {
    "zh-CN": "该买家不是本店的买家,无法投诉",
    en: "This person is not a buyer of your shop; you cannot complain about them",
  });

/** Is the consumer a buyer of the shop (at least one order)? Marks and complaints are about a shop's own buyers. */
export async function isBuyerOf(db: DbOrTx, shopId: string, consumerId: string) {
  if (!isUuid(consumerId)) return false;
  const [row] = await db
    .select({ id: orders.id })
    .from(orders)
    .where(and(eq(orders.shopId, shopId), eq(orders.consumerId, consumerId)))
    .limit(1);
  return row !== undefined;
}

/**
 * MAL-1: a merchant files a complaint about one of its buyers. Refused: a consumer with no order
 * at this shop (NOT_FOUND, as any other tenant's id); an order that is not this shop's (NOT_FOUND,
 * the ids named) or not this buyer's (BAD_REQUEST); too few orders for a bulk category; a statement
 * or evidence the policy does not accept (every failing slot named); an open complaint of the same
 * category about the same orders (CONFLICT, with its number). The evidence is frozen on filing.
 */
export async function fileComplaint(ctx: ServiceContext, input: FileComplaintInput) {
  const { db, now } = ctx;
  const { shopId } = tenantOfKind(ctx.tenant, "merchant");
  const by = actingOf(ctx);
  const { policy, pins } = await newComplaintPolicy(db, shopId);
  const rule = categoryRule(policy, input.category);
  return db.transaction(async (tx) => {
    if (!(await isBuyerOf(tx, shopId, input.consumerId))) throw buyerNotFound();
    const wanted = [...new Set(input.orderIds)];
    const shopOrders = await tx
      .select({ id: orders.id, consumerId: orders.consumerId, orderNo: orders.orderNo })
      .from(orders)
      .where(and(inArray(orders.id, wanted.filter(isUuid)), eq(orders.shopId, shopId)));
    const missing = wanted.filter((id) => !shopOrders.some((o) => o.id === id));
    if (missing.length > 0) {
      throw new DomainError(
        "NOT_FOUND",
        "ORDER_NOT_OF_SHOP",
        { "zh-CN": "所选订单不是本店订单", en: "An order you named is not an order of your shop" },
        { orderIds: missing },
      );
    }
    const others = shopOrders.filter((o) => o.consumerId !== input.consumerId);
    if (others.length > 0) {
      throw new DomainError(
        "BAD_REQUEST",
        "ORDER_NOT_OF_BUYER",
        {
          "zh-CN": `订单不是该买家的订单:${others.map((o) => o.orderNo).join("、")}`,
          en: `Not this buyer's order(s): ${others.map((o) => o.orderNo).join(", ")}`,
        },
        { orderIds: others.map((o) => o.id) },
      );
    }
    if (wanted.length < rule.minOrders) {
      throw new DomainError("BAD_REQUEST", "TOO_FEW_ORDERS", {
        "zh-CN": `「${rule.label["zh-CN"]}」至少需选择 ${rule.minOrders} 个订单`,
        en: `"${rule.label.en}" needs at least ${rule.minOrders} orders`,
      });
    }
    const statement = input.statement.trim();
    if (statement.length < policy.statement.minLength || statement.length > policy.statement.maxLength) {
      throw new DomainError("BAD_REQUEST", "STATEMENT_LENGTH", {
        "zh-CN": `投诉说明须为 ${policy.statement.minLength}–${policy.statement.maxLength} 字`,
        en: `The statement must have ${policy.statement.minLength}–${policy.statement.maxLength} characters`,
      });
    }
    const placements = await validateSlots(tx, {
      slots: rule.slots,
      evidence: input.evidence,
      uploader: { userId: by.userId, shopId },
    });

    const id = randomUUID();
    const key = orderSetKey(wanted);
    const [row] = await tx
      .insert(complaints)
      .values({
        id,
        complaintNo: `TS${id.replaceAll("-", "").slice(0, 14).toUpperCase()}`,
        shopId,
        consumerId: input.consumerId,
        category: input.category,
        status: "pending_review",
        statement,
        orderSetKey: key,
        ...pins,
        filedAt: now,
        filedBy: by.userId ?? "system",
        reviewDueAt: dueAfter(now, policy.reviewWindowMs),
      })
      .onConflictDoNothing()
      .returning();
    if (!row) throw await duplicateError(tx, key, input.category);
    await tx.insert(complaintOrders).values(wanted.map((orderId) => ({ complaintId: row.id, orderId })));
    await insertComplaintEvidence(tx, row, placements, by, now);
    await auditComplaint(tx, row, {
      by,
      action: "filed",
      to: row.status,
      now,
      payload: {
        category: row.category,
        orderNos: shopOrders.map((o) => o.orderNo),
        files: placements.map((p) => ({ slot: p.slot, fileId: p.fileId })),
      },
    });
    return { id: row.id, complaintNo: row.complaintNo, status: row.status, reviewDueAt: row.reviewDueAt };
  });
}

async function duplicateError(tx: DbOrTx, key: string, category: string) {
  const [open] = await tx
    .select({ id: complaints.id, complaintNo: complaints.complaintNo })
    .from(complaints)
    .where(
      and(
        eq(complaints.orderSetKey, key),
        sql`${complaints.category} = ${category}`,
        inArray(complaints.status, [...openComplaintStatuses]),
      ),
    )
    .limit(1);
  return new DomainError(
    "CONFLICT",
    "DUPLICATE_COMPLAINT",
    {
      "zh-CN": `这些订单已有同类投诉正在处理中${open ? `(${open.complaintNo})` : ""}`,
      en: `An open complaint of this category about these orders exists${open ? ` (${open.complaintNo})` : ""}`,
    },
    open ? { complaintId: open.id, complaintNo: open.complaintNo } : {},
  );
}

/** The buyer's name for the complaint pages (consumers are not a merchant's tenant: read by id here only). */
export async function buyerNameOf(tx: DbOrTx, consumerId: string) {
  const [row] = await tx.select({ name: consumers.name }).from(consumers).where(eq(consumers.id, consumerId));
  return row?.name ?? "";
}
