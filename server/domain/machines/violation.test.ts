import { describe, expect, it } from "vitest";
import { appealStatuses } from "../appeal";
import { DomainError } from "../errors";
import {
  countedPoints,
  knownViolationRules,
  localizedReason,
  manualViolationRules,
  VIOLATION_APPEAL_WINDOW_MS,
} from "../policies/violation-rules";
import { DAY_MS } from "../time";
import { violationStatuses } from "../violation";
import { appealMachine, appealTransitions, violationMachine, violationTransitions } from "./violation";

describe("violation tickets and appeals as transition tables", () => {
  it("cover every status", () => {
    expect(Object.keys(violationTransitions).sort()).toEqual([...violationStatuses].sort());
    expect(Object.keys(appealTransitions).sort()).toEqual([...appealStatuses].sort());
  });

  it("VIO-2: a pending ticket is confirmed, appealed or taken as accepted after 7 days; an appealed one does not take effect by itself", () => {
    expect(VIOLATION_APPEAL_WINDOW_MS).toBe(7 * DAY_MS);
    expect(violationMachine.next("pending", "confirm")).toBe("effective");
    expect(violationMachine.next("pending", "take_effect")).toBe("effective");
    expect(violationMachine.next("pending", "appeal")).toBe("appealed");
    expect(violationMachine.can("appealed", "take_effect")).toBe(false);
    expect(violationMachine.can("appealed", "confirm")).toBe(false);
    expect(() => violationMachine.next("effective", "appeal")).toThrow(DomainError);
  });

  it("VIO-3: an appeal is decided once — upheld (the ticket takes effect) or overturned (no points)", () => {
    expect([violationMachine.next("appealed", "uphold"), violationMachine.next("appealed", "overturn")]).toEqual([
      "effective",
      "overturned",
    ]);
    expect([appealMachine.next("pending", "uphold"), appealMachine.next("pending", "overturn")]).toEqual([
      "upheld",
      "overturned",
    ]);
    for (const decided of ["upheld", "overturned"] as const)
      expect(appealMachine.can(decided, "overturn") || appealMachine.can(decided, "uphold")).toBe(false);
    expect(violationMachine.can("overturned", "take_effect")).toBe(false);
  });

  it("VIO-3: only tickets in effect count their points", () => {
    expect(violationStatuses.map((status) => countedPoints({ status, points: 12 }))).toEqual([0, 0, 12, 0]);
  });

  it("VIO-1/WO-TM-7: the rules admins raise by hand carry the points they allow; forged evidence is 12 or 48", () => {
    expect(manualViolationRules.find((r) => r.rule === "WO-TM-7")?.points).toEqual([12, 48]);
    for (const r of manualViolationRules) expect(r.points.length).toBeGreaterThan(0);
    expect(knownViolationRules).toEqual(expect.arrayContaining(["INV-6", "DSP-5", "INV-7", "WO-2", "WO-TM-7"]));
  });
});

describe("reasons in the reader's language", () => {
  it("VIO-1: a system-raised ticket's policy reason reads in English; an admin's own words stay as written", () => {
    expect(localizedReason("承诺开票时间未履约", "en")).toBe("Agreed invoicing date passed without an invoice");
    expect(localizedReason("承诺开票时间未履约", "zh-CN")).toBe("承诺开票时间未履约");
    expect(localizedReason("提交伪造凭证:底单系 PS 修改", "en")).toBe("Forged evidence submitted: 底单系 PS 修改");
    expect(localizedReason("商家自述", "en")).toBe("商家自述");
  });
});
