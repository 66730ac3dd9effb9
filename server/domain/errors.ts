/** How a domain error surfaces to callers; one error map turns these into tRPC codes. */
export type DomainErrorKind = "BAD_REQUEST" | "NOT_FOUND" | "FORBIDDEN" | "CONFLICT" | "TOO_MANY_REQUESTS";

export interface LocalizedText {
  "zh-CN": string;
  en: string;
}

/** A failure people can act on: a stable code plus a message in both languages. */
export class DomainError extends Error {
  constructor(
    readonly kind: DomainErrorKind,
    readonly code: string,
    readonly text: LocalizedText,
    readonly details?: Record<string, unknown>,
  ) {
    super(text.en);
    this.name = "DomainError";
  }
}

export const notFound = (what: LocalizedText = { "zh-CN": "记录不存在", en: "Record not found" }) =>
  new DomainError("NOT_FOUND", "NOT_FOUND", what);

/** Someone acted first: the record is no longer in the state the action expects. */
export const staleState = () =>
  new DomainError("CONFLICT", "STALE_STATE", {
    "zh-CN": "该记录已被他人处理,请刷新后查看最新状态",
    en: "Someone else acted on this record first. Refresh to see its current state.",
  });
