import { and, eq } from "drizzle-orm";
import { evidenceItems, files, invoiceRequests, serviceOrders } from "@/db/schema";
import { notFound } from "@/server/domain/errors";
import { isUuid } from "../ids";
import type { ServiceContext } from "../service-context";

export type FileRow = typeof files.$inferSelect;

const fileNotFound = () => notFound({ "zh-CN": "文件不存在", en: "File not found" });

/**
 * The file if the context's person may read it, else NOT_FOUND (existence is never revealed).
 * Files follow the person, not the tenant: one person may be a consumer and shop staff. Readers:
 * the uploader; any admin; a merchant of the file's shop, of the shop of an invoice request
 * issued with it, or of the shop of an evidence item holding it; the consumer who owns an
 * invoice request issued with it, or a service order holding it as evidence (the merchant's receipt and
 * visit photos are shown to the consumer on the service order's status page).
 */
export async function loadReadableFile(ctx: ServiceContext, input: { fileId: string }): Promise<FileRow> {
  const { db, actor } = ctx;
  const { fileId } = input;
  if (!actor || !isUuid(fileId)) throw fileNotFound();
  const [file] = await db.select().from(files).where(eq(files.id, fileId)).limit(1);
  if (!file) throw fileNotFound();
  if (file.uploadedBy === actor.userId || actor.admin) return file;

  const merchant = actor.merchant;
  if (merchant) {
    if (file.shopId === merchant.shopId) return file;
    const [invoice] = await db
      .select({ id: invoiceRequests.id })
      .from(invoiceRequests)
      .where(and(eq(invoiceRequests.invoiceFileId, file.id), eq(invoiceRequests.shopId, merchant.shopId)))
      .limit(1);
    if (invoice) return file;
    const [evidence] = await db
      .select({ id: evidenceItems.id })
      .from(evidenceItems)
      .where(and(eq(evidenceItems.fileId, file.id), eq(evidenceItems.shopId, merchant.shopId)))
      .limit(1);
    if (evidence) return file;
  }

  const consumer = actor.consumer;
  if (consumer) {
    const [invoice] = await db
      .select({ id: invoiceRequests.id })
      .from(invoiceRequests)
      .where(and(eq(invoiceRequests.invoiceFileId, file.id), eq(invoiceRequests.consumerId, consumer.id)))
      .limit(1);
    if (invoice) return file;
    const [serviceOrderPhoto] = await db
      .select({ id: evidenceItems.id })
      .from(evidenceItems)
      .innerJoin(
        serviceOrders,
        and(eq(evidenceItems.recordType, "service_order"), eq(serviceOrders.id, evidenceItems.recordId)),
      )
      .where(and(eq(evidenceItems.fileId, file.id), eq(serviceOrders.consumerId, consumer.id)))
      .limit(1);
    if (serviceOrderPhoto) return file;
  }
  throw fileNotFound();
}
