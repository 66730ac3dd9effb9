import { describe, expect, it } from "vitest";
import type { PolicyRollout } from "./published-store";
import { chooseVersion, policyReasonText, shopBucket, versionInForce } from "./rollout";

const POLICY = "jd.dispute.order_cancel";
const shop = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, "0")}`;
const rollout = (over: Partial<PolicyRollout> = {}): PolicyRollout => ({
  policyId: POLICY,
  targetVersion: 2,
  previousVersion: 1,
  percentage: 10,
  shopIds: [],
  state: "active",
  updatedAt: new Date("2026-03-15T04:00:00.000Z"),
  ...over,
});

describe("rollout choice", () => {
  it("ROL-2: a shop's bucket is a stable hash of the policy and shop ids into 100 buckets", () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8].map((n) => shopBucket(POLICY, shop(n)))).toEqual([71, 90, 9, 76, 95, 14, 33, 4]);
    expect(shopBucket(POLICY, shop(3))).toBe(9);
  });

  it("ROL-2: raising the percentage keeps every shop already in (10% → 30% → 100%)", () => {
    const ids = Array.from({ length: 300 }, (_, i) => shop(i + 1));
    const inAt = (percentage: number) =>
      new Set(ids.filter((id) => chooseVersion(rollout({ percentage }), 1, id).version === 2));
    const ten = inAt(10);
    const thirty = inAt(30);
    const all = inAt(100);
    for (const id of ten) expect(thirty.has(id)).toBe(true);
    for (const id of thirty) expect(all.has(id)).toBe(true);
    expect(ten.size).toBeLessThan(thirty.size);
    expect(all.size).toBe(300);
    expect(inAt(0).size).toBe(0);
  });

  it("ROL-2: bucket below the percentage gets the new version with its reason; outside keeps the previous one", () => {
    expect(chooseVersion(rollout({ percentage: 10 }), 1, shop(3))).toEqual({
      version: 2,
      reason: { code: "rollout_percentage", percent: 10, bucket: 9, paused: false },
    });
    expect(chooseVersion(rollout({ percentage: 10 }), 1, shop(7))).toEqual({
      version: 1,
      reason: { code: "rollout_outside", percent: 10, bucket: 33, paused: false },
    });
  });

  it("ROL-2: chosen shops get the new version whatever their bucket", () => {
    expect(chooseVersion(rollout({ percentage: 0, shopIds: [shop(5)] }), 1, shop(5))).toEqual({
      version: 2,
      reason: { code: "rollout_shop", paused: false },
    });
  });

  it("ROL-2: a paused rollout keeps its shops and takes no new ones; a rollback gives new items the previous version", () => {
    const paused = rollout({ percentage: 10, state: "paused" });
    expect(chooseVersion(paused, 1, shop(3)).version).toBe(2);
    expect(chooseVersion(paused, 1, shop(6)).version).toBe(1);
    const back = rollout({ percentage: 100, state: "rolled_back" });
    expect(chooseVersion(back, 1, shop(3))).toEqual({ version: 1, reason: { code: "rollout_rolled_back", from: 2 } });
    expect(versionInForce(back, 1)).toBe(1);
    expect(versionInForce(rollout({ percentage: 100 }), 1)).toBe(2);
    expect(versionInForce(rollout({ percentage: 99 }), 1)).toBe(1);
    expect(chooseVersion(undefined, 1, shop(3))).toEqual({ version: 1, reason: { code: "baseline" } });
  });

  it("ROL-2: the reason reads 灰度 30%,店铺位于第 17 桶 / Rollout 30%, shop in bucket 17", () => {
    expect(policyReasonText({ code: "rollout_percentage", percent: 30, bucket: 17, paused: false })).toEqual({
      "zh-CN": "灰度 30%,店铺位于第 17 桶",
      en: "Rollout 30%, shop in bucket 17",
    });
  });
});
