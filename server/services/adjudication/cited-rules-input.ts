import { z } from "zod";
import { ruleIds } from "@/server/domain/policies/rule-clauses";

/** DSP-5: the rule IDs a judgment or work-order decision cites — at least one, known IDs only. */
export const citedRulesInput = z
  .array(z.enum(ruleIds, { error: "未知的规则编号 / Unknown rule ID" }))
  .min(1, { error: "请至少勾选一条判责依据的规则 / Cite at least one rule" })
  .max(ruleIds.length);
