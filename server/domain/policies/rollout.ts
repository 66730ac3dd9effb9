import type { LocalizedText } from "../errors";
import type { PolicyRollout } from "./published-store";

/**
 * ROL-2: which version a new item gets, decided once at creation and recorded with the reason
 * as a code plus parameters. Chosen shops first; otherwise the shop's stable bucket (0–99) is
 * compared with the percentage, so raising 10% to 30% keeps the first 10% in. A paused rollout
 * keeps its shops and takes no new ones (its percentage and shop list are frozen until it is
 * widened again); a rolled-back rollout gives every new item the previous version.
 */
export type PolicyReason =
  | { code: "baseline" }
  | { code: "rollout_shop"; paused: boolean }
  | { code: "rollout_percentage"; percent: number; bucket: number; paused: boolean }
  | { code: "rollout_outside"; percent: number; bucket: number; paused: boolean }
  | { code: "rollout_rolled_back"; from: number };

export const BUCKETS = 100;

/** FNV-1a over the policy id and the shop id: stable across processes and releases. */
export function shopBucket(policyId: string, shopId: string): number {
  let hash = 0x811c9dc5;
  const text = `${policyId}:${shopId}`;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash % BUCKETS;
}

export interface RolloutChoice {
  version: number;
  reason: PolicyReason;
}

/** The version a new item at `shopId` gets; `inForce` when no rollout exists for the policy. */
export function chooseVersion(rollout: PolicyRollout | undefined, inForce: number, shopId: string): RolloutChoice {
  if (!rollout) return { version: inForce, reason: { code: "baseline" } };
  if (rollout.state === "rolled_back")
    return { version: rollout.previousVersion, reason: { code: "rollout_rolled_back", from: rollout.targetVersion } };
  const paused = rollout.state === "paused";
  if (rollout.shopIds.includes(shopId))
    return { version: rollout.targetVersion, reason: { code: "rollout_shop", paused } };
  const bucket = shopBucket(rollout.policyId, shopId);
  const percent = rollout.percentage;
  if (bucket < percent)
    return { version: rollout.targetVersion, reason: { code: "rollout_percentage", percent, bucket, paused } };
  return { version: rollout.previousVersion, reason: { code: "rollout_outside", percent, bucket, paused } };
}

/**
 * The version every shop outside a rollout runs: the previous one while it is partial or
 * rolled back, the target once it reached 100%.
 */
export function versionInForce(rollout: PolicyRollout | undefined, baseline: number): number {
  if (!rollout) return baseline;
  if (rollout.state !== "rolled_back" && rollout.percentage >= 100) return rollout.targetVersion;
  return rollout.previousVersion;
}

/** The reason in words (for readers outside next-intl; the UI renders `policyReason.*` messages). */
export function policyReasonText(reason: PolicyReason): LocalizedText {
  const pausedZh = "paused" in reason && reason.paused ? "(已暂停)" : "";
  const pausedEn = "paused" in reason && reason.paused ? " (paused)" : "";
  switch (reason.code) {
    case "baseline":
      return { "zh-CN": "现行版本", en: "Version in force" };
    case "rollout_shop":
      return { "zh-CN": `灰度指定店铺${pausedZh}`, en: `Rollout: chosen shop${pausedEn}` };
    case "rollout_percentage":
      return {
        "zh-CN": `灰度 ${reason.percent}%,店铺位于第 ${reason.bucket} 桶${pausedZh}`,
        en: `Rollout ${reason.percent}%, shop in bucket ${reason.bucket}${pausedEn}`,
      };
    case "rollout_outside":
      return {
        "zh-CN": `灰度 ${reason.percent}%,店铺位于第 ${reason.bucket} 桶,未纳入${pausedZh}`,
        en: `Rollout ${reason.percent}%, shop in bucket ${reason.bucket}, not included${pausedEn}`,
      };
    case "rollout_rolled_back":
      return { "zh-CN": `v${reason.from} 已回滚,沿用上一版本`, en: `v${reason.from} rolled back: previous version` };
  }
}
