import { DomainError } from "@/server/domain/errors";
import { citedRules, type RuleCaseRef, type RuleId } from "@/server/domain/policies/rule-clauses";

/** The cited rules, deduplicated; BAD_REQUEST when one does not apply to this case. */
export function assertCitedRules(ref: RuleCaseRef, rules: readonly string[]): RuleId[] {
  const checked = citedRules(ref, rules);
  if (checked.ok) return checked.rules;
  const list = checked.notApplicable.join(", ");
  throw new DomainError(
    "BAD_REQUEST",
    "RULE_NOT_APPLICABLE",
    { "zh-CN": `以下规则不适用于本案:${list}`, en: `These rules do not apply to this case: ${list}` },
    { rules: checked.notApplicable },
  );
}
