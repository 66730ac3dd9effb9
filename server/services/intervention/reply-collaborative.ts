import { z } from "zod";
import { contactBeforeWorkOrder, contactInFuture } from "@/server/domain/contact-time";
import { DomainError, staleState } from "@/server/domain/errors";
import type { WorkOrderEvent } from "@/server/domain/machines/work-order";
import { workOrderPolicy } from "@/server/domain/policies/registry";
import { actingOf } from "../acting";
import { emitAudit } from "../audit/emit";
import { transitionWorkOrder } from "../work-orders/transition";
import {
  assertBeforeDeadline,
  assertNoSubmittedEvidence,
  insertSubmittedEvidence,
  loadInterventionWorkOrder,
  validateSlots,
} from "./intervention-work-order";
import type { ServiceContext } from "../service-context";
import { tenantOfKind } from "../tenant";
import type { replyCollaborativeInput } from "./reply-collaborative-input";

const bad = (code: string, zh: string, en: string) => new DomainError("BAD_REQUEST", code, { "zh-CN": zh, en });
const eventFor: Record<"resolved" | "judging" | "reviewing", WorkOrderEvent> = {
  resolved: "reply",
  judging: "send_to_judgment",
  reviewing: "send_to_review",
};

/**
 * WO-TM-1..5: the merchant replies to a collaborative work order within 24h — agreed (resolved),
 * not agreed (platform judgment) or unresolved after several attempts (second-level review).
 * Contact records earlier than the work order's creation do not count (WO-TM-3) and are refused;
 * so are records in the future. Vouchers are frozen once submitted (WO-3).
 */
export async function replyCollaborative(ctx: ServiceContext, input: z.output<typeof replyCollaborativeInput>) {
  const { db, now } = ctx;
  const { shopId } = tenantOfKind(ctx.tenant, "merchant");
  const by = actingOf(ctx);
  return db.transaction(async (tx) => {
    const row = await loadInterventionWorkOrder(tx, { kind: "merchant", shopId }, input.workOrderId);
    const rules = workOrderPolicy(row.policyId, row.policyVersion).collaborative;
    if (!rules)
      throw bad("WRONG_VERB", "该工单请通过「提交凭证」处理", "Answer this work order by submitting its evidence");
    if (row.status !== "open") throw staleState();
    await assertNoSubmittedEvidence(tx, row.id);
    assertBeforeDeadline(row, now);

    const answer = rules.answers.find((a) => a.key === input.answer);
    if (!answer) throw bad("UNKNOWN_ANSWER", "回复结果无效", "Unknown answer");
    const early = input.contacts.find((c) => contactBeforeWorkOrder(c.at, row.openedAt));
    if (early) {
      throw bad(
        "CONTACT_BEFORE_WORK_ORDER",
        "联系记录须在工单创建之后:工单创建前的联系不计入,请在工单创建后再次联系消费者",
        "Contact records must be after the work order was created; earlier contacts do not count — contact the consumer again",
      );
    }
    if (input.contacts.some((c) => contactInFuture(c.at, now)))
      throw bad("CONTACT_IN_FUTURE", "联系时间不能晚于当前时间", "A contact time cannot be in the future");
    if (input.contacts.length < answer.minContacts) {
      throw bad(
        "CONTACTS_REQUIRED",
        `「${answer.label["zh-CN"]}」需至少 ${answer.minContacts} 条工单创建后的联系记录`,
        `"${answer.label.en}" needs at least ${answer.minContacts} contact record(s) made after the work order was created`,
      );
    }
    if (input.vouchers.length < answer.minVouchers) {
      throw bad(
        "VOUCHERS_REQUIRED",
        `「${answer.label["zh-CN"]}」需上传联系凭证(如通话记录、聊天截图)`,
        `"${answer.label.en}" needs contact vouchers (call logs, chat screenshots)`,
      );
    }
    const placements = await validateSlots(tx, {
      slots: [rules.voucherSlot],
      evidence: { [rules.voucherSlot.key]: input.vouchers },
      uploader: { userId: by.userId, shopId },
    });

    const contacts = input.contacts.map((c) => ({ at: c.at.toISOString(), channel: c.channel, note: c.note }));
    const {
      row: updated,
      from,
      to,
    } = await transitionWorkOrder(tx, row, eventFor[answer.outcome], {
      reply: { resolution: answer.key, note: input.note, contacts },
      repliedAt: now,
      repliedBy: by.userId,
      replyOnTime: true,
      // The adjudication queue's clock starts when the work order reaches the platform.
      ...(answer.outcome === "resolved" ? { closedAt: now } : { platformSince: now }),
    });
    await insertSubmittedEvidence(tx, updated, placements, by, now);
    await emitAudit(tx, {
      shopId: updated.shopId,
      recordType: "work_order",
      recordId: updated.id,
      by,
      action: "work_order.replied",
      from,
      to,
      payload: { resolution: answer.key, note: input.note, contacts, fileIds: placements.map((p) => p.fileId) },
      at: now,
    });
    return { id: updated.id, status: updated.status, answer: answer.key };
  });
}
