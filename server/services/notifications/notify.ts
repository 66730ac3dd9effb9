import type { DbOrTx } from "@/db/client";
import { notifications } from "@/db/schema";
import type { AuditedRecordType } from "@/server/domain/audit";

export type NotificationRecipient = { shopId: string } | { consumerId: string };

/**
 * NTF-1/NTF-2: tell a shop or a consumer about a record, inside the verb's transaction. With a
 * `dedupeKey` it happens at most once (a reminder, say), whatever retries or sweeps do.
 * Returns whether a notification was created.
 */
export async function notify(
  tx: DbOrTx,
  n: {
    to: NotificationRecipient;
    kind: string;
    params?: Record<string, string | number>;
    record: { type: AuditedRecordType; id: string };
    dedupeKey?: string;
    now: Date;
  },
): Promise<boolean> {
  const inserted = await tx
    .insert(notifications)
    .values({
      shopId: "shopId" in n.to ? n.to.shopId : null,
      consumerId: "consumerId" in n.to ? n.to.consumerId : null,
      kind: n.kind,
      params: n.params ?? {},
      recordType: n.record.type,
      recordId: n.record.id,
      dedupeKey: n.dedupeKey ?? null,
      createdAt: n.now,
    })
    .onConflictDoNothing()
    .returning({ id: notifications.id });
  return inserted.length > 0;
}
