/**
 * Text the system writes for people (refund reasons, cancel-order and timeline notes, violation
 * reasons) is stored as a code plus parameters and put into words in the viewer's language
 * (message namespace `systemText`). Text people typed (a judge's reasons, a merchant's statement)
 * stays free text. A parameter that is itself words (a policy's name) is stored in both
 * languages and the renderer picks one.
 */
import type { LocalizedText } from "./errors";

export const systemTextCodes = [
  "cancelApproved",
  "cancelEarlyRefund",
  "interceptionSucceeded",
  "interceptionWindowRefund",
  "interceptionWindowClosedCompleted",
  "interceptionAfterSettled",
  "directRefundPlan",
  "refundedInFull",
  "workOrderTimeout",
  "invoiceReissuedForSettlement",
  "invoiceReissuedForDeadline",
  "forgedEvidence",
  "violationRule",
  "afterSalesRefund",
  "afterSalesFlashRefund",
  "afterSalesTimeoutRefund",
] as const;
export type SystemTextCode = (typeof systemTextCodes)[number];

export type SystemTextParam = string | number | LocalizedText;

export interface SystemText {
  code: SystemTextCode;
  params?: Record<string, SystemTextParam>;
}

export function systemText(code: SystemTextCode, params?: Record<string, SystemTextParam>): SystemText {
  return params ? { code, params } : { code };
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

function isLocalizedText(v: unknown): v is LocalizedText {
  return isRecord(v) && typeof v["zh-CN"] === "string" && typeof v.en === "string";
}

function isParam(v: unknown): v is SystemTextParam {
  return typeof v === "string" || typeof v === "number" || isLocalizedText(v);
}

/** A stored value (jsonb, an audit payload field) that is a known code with well-formed params. */
export function isSystemText(v: unknown): v is SystemText {
  if (!isRecord(v) || typeof v.code !== "string" || !(systemTextCodes as readonly string[]).includes(v.code))
    return false;
  if (v.params === undefined) return true;
  return isRecord(v.params) && Object.values(v.params).every(isParam);
}

/** The parameters in one language, ready for the message formatter. */
export function paramsIn(params: SystemText["params"], locale: keyof LocalizedText): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(params ?? {})) out[key] = typeof value === "object" ? value[locale] : value;
  return out;
}
