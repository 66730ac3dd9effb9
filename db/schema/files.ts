import { boolean, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { auditedRecordTypeEnum, fileKindEnum } from "./enums";
import { shops } from "./people";

/**
 * An uploaded file that passed the checks (server/storage). Stored outside public/ under a
 * generated key; downloads go through an authorisation check. The uploader owns it until it
 * is attached to a record, which then decides who may read it.
 */
export const files = pgTable(
  "files",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    uploadedBy: text("uploaded_by").notNull(),
    /** The merchant's shop when a merchant uploaded it; null for consumers and admins. */
    shopId: uuid("shop_id").references(() => shops.id),
    originalName: text("original_name").notNull(),
    kind: fileKindEnum("kind").notNull(),
    contentType: text("content_type").notNull(),
    sizeBytes: integer("size_bytes").notNull(),
    sha256: text("sha256").notNull(),
    storageKey: text("storage_key").notNull(),
    width: integer("width"),
    height: integer("height"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
  },
  (t) => [
    index("files_uploader_idx").on(t.uploadedBy, t.createdAt),
    uniqueIndex("files_storage_key_uq").on(t.storageKey),
  ],
);

/**
 * WO-3: a file placed in a named evidence slot of a record. A draft until the record's
 * evidence is submitted (then frozen); an admin may mark an item invalid with a reason.
 */
export const evidenceItems = pgTable(
  "evidence_items",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    shopId: uuid("shop_id").references(() => shops.id),
    recordType: auditedRecordTypeEnum("record_type").notNull(),
    recordId: uuid("record_id").notNull(),
    slot: text("slot").notNull(),
    fileId: uuid("file_id")
      .notNull()
      .references(() => files.id),
    submitted: boolean("submitted").notNull().default(false),
    invalidReason: text("invalid_reason"),
    invalidatedBy: text("invalidated_by"),
    addedBy: text("added_by").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
    position: integer("position").notNull().default(0),
  },
  (t) => [
    index("evidence_items_record_idx").on(t.recordType, t.recordId, t.slot),
    uniqueIndex("evidence_items_record_file_uq").on(t.recordType, t.recordId, t.fileId),
  ],
);
