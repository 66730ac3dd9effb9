import { z } from "zod";
import { DomainError } from "@/server/domain/errors";
import { citedRules, ruleIds, type RuleCaseRef, type RuleId } from "@/server/domain/policies/rule-clauses";

/** DSP-5: the rule IDs a judgment or work-order decision cites — at least one, known IDs only. */
export const citedRulesInput = z
  .array(z.enum(ruleIds, { error: "未知的规则编号 / Unknown rule ID" }))
  .min(1, { error: "请至少勾选一条判责依据的规则 / Cite at least one rule" })
  .max(ruleIds.length);

/** The cited rules, deduplicated; BAD_REQUEST when one does not apply to this case. */
export function assertCitedRules(ref: RuleCaseRef, rules: readonly string[]): RuleId[] {
  const checked = citedRules(ref, rules);
  if (checked.ok) return checked.rules;
  const list = checked.notApplicable.join(", ");
  throw new DomainError("BAD_REQUEST", "RULE_NOT_APPLICABLE", { "zh-CN": `以下规则不适用于本案:${list}`, en: `These rules do not apply to this case: ${list}` }, { rules: checked.notApplicable });
}
