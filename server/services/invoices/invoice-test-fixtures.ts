/**
 * Test-only helpers for the invoice tests: an uploaded file row, and work orders / disputes
 * inserted directly (their verbs belong to other areas) with policy ids from the registry.
 */
import type { DbOrTx } from "@/db/client";
import { disputes, files, workOrders } from "@/db/schema";
import type { DisputeScenario, DisputeStatus } from "@/server/domain/dispute";
import type { FileKind } from "@/server/domain/files";
import { currentDisputePolicy, currentWorkOrderPolicy } from "@/server/domain/policies/registry";
import type { WorkOrderStatus } from "@/server/domain/work-order";
import { HOUR_MS } from "@/server/domain/time";
import { TEST_NOW } from "@/server/test/factories";

export async function insertFile(db: DbOrTx, f: { uploadedBy: string; shopId?: string | null; kind?: FileKind; name?: string }): Promise<string> {
  const kind = f.kind ?? "pdf";
  const [row] = await db
    .insert(files)
    .values({
      uploadedBy: f.uploadedBy,
      shopId: f.shopId ?? null,
      originalName: f.name ?? `invoice.${kind}`,
      kind,
      contentType: kind === "pdf" ? "application/pdf" : kind === "ofd" ? "application/ofd" : `image/${kind}`,
      sizeBytes: 1234,
      sha256: "0".repeat(64),
      storageKey: `test/${crypto.randomUUID()}`,
      createdAt: TEST_NOW,
    })
    .returning({ id: files.id });
  if (!row) throw new Error("insertFile: no row");
  return row.id;
}

interface InvoiceRef {
  id: string;
  shopId: string;
  orderId: string;
  consumerId: string;
  invoicingParty: "merchant" | "platform";
}

export async function insertUrgeWorkOrder(
  db: DbOrTx,
  invoice: InvoiceRef,
  w: { status: WorkOrderStatus; openedAt?: Date; resolution?: string },
): Promise<string> {
  const policy = currentWorkOrderPolicy("urge_invoice");
  const openedAt = w.openedAt ?? TEST_NOW;
  const [row] = await db
    .insert(workOrders)
    .values({
      shopId: invoice.shopId,
      orderId: invoice.orderId,
      consumerId: invoice.consumerId,
      type: "urge_invoice",
      status: w.status,
      routedTo: invoice.invoicingParty,
      invoiceRequestId: invoice.id,
      policyId: policy.id,
      policyVersion: policy.version,
      openedAt,
      dueAt: new Date(openedAt.getTime() + 24 * HOUR_MS),
      reply: w.resolution ? { resolution: w.resolution } : null,
    })
    .returning({ id: workOrders.id });
  if (!row) throw new Error("insertUrgeWorkOrder: no row");
  return row.id;
}

export async function insertDispute(
  db: DbOrTx,
  invoice: InvoiceRef,
  d: { scenario: DisputeScenario; status: DisputeStatus; workOrderId?: string; openedAt?: Date },
): Promise<string> {
  const policy = currentDisputePolicy(d.scenario);
  const openedAt = d.openedAt ?? TEST_NOW;
  const [row] = await db
    .insert(disputes)
    .values({
      shopId: invoice.shopId,
      orderId: invoice.orderId,
      consumerId: invoice.consumerId,
      scenario: d.scenario,
      status: d.status,
      responsibleParty: invoice.invoicingParty,
      invoiceRequestId: invoice.id,
      workOrderId: d.workOrderId ?? null,
      policyId: policy.id,
      policyVersion: policy.version,
      claim: "测试纠纷",
      openedAt,
      dueAt: new Date(openedAt.getTime() + 24 * HOUR_MS),
    })
    .returning({ id: disputes.id });
  if (!row) throw new Error("insertDispute: no row");
  return row.id;
}
