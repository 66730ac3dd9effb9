import { z } from "zod";
import { DomainError } from "@/server/domain/errors";
import { isUuid } from "./ids";

/** Keyset position: the sort timestamp and id of the last row of the previous page. */
export interface Cursor {
  at: Date;
  id: string;
}

export const cursorInput = z.string().max(200).optional();
export const limitInput = z.number().int().min(1).max(100).default(20);

export function encodeCursor(cursor: Cursor): string {
  return Buffer.from(`${cursor.at.toISOString()}|${cursor.id}`).toString("base64url");
}

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

/** Rejects anything we did not encode (the id is compared to a uuid column, so it must be one). */
export function decodeCursor(value: string | undefined): Cursor | null {
  if (!value) return null;
  const [at, id] = Buffer.from(value, "base64url").toString("utf8").split("|");
  // Only the canonical form encodeCursor writes: out-of-range dates would fail in the database.
  const date = at && ISO_INSTANT.test(at) ? new Date(at) : null;
  if (!date || Number.isNaN(date.getTime()) || !id || !isUuid(id)) {
    throw new DomainError("BAD_REQUEST", "BAD_CURSOR", { "zh-CN": "分页参数无效", en: "Invalid page cursor" });
  }
  return { at: date, id };
}

/** Fetch limit+1 rows; the extra one tells whether there is a next page. */
export function pageOf<T>(
  rows: T[],
  limit: number,
  key: (row: T) => Cursor,
): { items: T[]; nextCursor: string | null } {
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  return { items, nextCursor: rows.length > limit && last ? encodeCursor(key(last)) : null };
}
