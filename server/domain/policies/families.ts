import type { z } from "zod";
import type { LocalizedText } from "../errors";
import { afterSalesV1 } from "./after-sales";
import { orderCancelV1 } from "./cancel-dispute";
import { collaborativeV1 } from "./collaborative";
import { complaintsV1 } from "./complaints";
import { invoiceRefusedV1, invoiceUrgedV1 } from "./invoice-disputes";
import { missingItemsV1 } from "./missing-items";
import { notReceivedV1 } from "./not-received";
import { platformDeadlinesV1 } from "./platform-deadlines";
import { schemaFromExamples, toPolicyJson, type PolicyJson } from "./policy-shape";
import { urgeInvoiceV1 } from "./urge-invoice";
import { violationRulesV1 } from "./violation-rule-policy";

/** What kind of rules a policy family holds (how the code reads it). */
export const policyKinds = [
  "work_order",
  "dispute",
  "after_sales",
  "complaints",
  "violation_rules",
  "platform_deadlines",
] as const;
export type PolicyKind = (typeof policyKinds)[number];

/**
 * ROL-1: one family per policy id — its kind, its name, its code-defined v1 (the baseline,
 * never stored nor changed) as JSON, and the zod schema every later version must satisfy.
 */
export interface PolicyFamily {
  policyId: string;
  kind: PolicyKind;
  name: LocalizedText;
  baseline: PolicyJson;
  schema: z.ZodType;
}

function family(kind: PolicyKind, policy: { id: string; name: LocalizedText }, json = toPolicyJson(policy)) {
  return { policyId: policy.id, kind, name: policy.name, baseline: json };
}

/** Published platform-deadline versions apply by rollout, not by date: no `effectiveFrom`. */
function platformDeadlinesJson(): PolicyJson {
  const json = toPolicyJson(platformDeadlinesV1);
  delete json.effectiveFrom;
  return json;
}
const platformDeadlinesName: LocalizedText = { "zh-CN": "平台处理时限", en: "Platform deadlines" };

const baselines = [
  family("work_order", urgeInvoiceV1),
  family("dispute", invoiceRefusedV1),
  family("dispute", invoiceUrgedV1),
  family("dispute", orderCancelV1),
  family("work_order", notReceivedV1),
  family("work_order", missingItemsV1),
  family("work_order", collaborativeV1),
  family("after_sales", afterSalesV1),
  family("complaints", complaintsV1),
  family("violation_rules", violationRulesV1),
  family("platform_deadlines", { id: platformDeadlinesV1.id, name: platformDeadlinesName }, platformDeadlinesJson()),
];

/**
 * Each family's schema is derived from every baseline of its kind (a dispute may take the
 * requirements any dispute plan takes), so the code that reads that kind can run the draft.
 */
export const policyFamilies: readonly PolicyFamily[] = baselines.map((f) => ({
  ...f,
  schema: schemaFromExamples(baselines.filter((other) => other.kind === f.kind).map((other) => other.baseline)),
}));

export function policyFamily(policyId: string): PolicyFamily | undefined {
  return policyFamilies.find((f) => f.policyId === policyId);
}
