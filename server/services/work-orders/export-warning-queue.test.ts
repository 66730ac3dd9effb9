import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db/client";
import { fixedClock } from "@/server/clock";
import { type Caller, callerFor, createConsumer, openTestDb, serviceContext, uniqueToken } from "@/server/test/harness";
import { csvCell, exportWarningQueue, exportWarningQueueInput } from "./export-warning-queue";
import {
  anotherRequest,
  expectTrpcError,
  H,
  insertUrgeWorkOrder,
  urgeWorld,
  WO_NOW,
  type UrgeWorld,
} from "@/server/test/fixtures/work-orders";

let handle: DbHandle;
beforeAll(async () => {
  handle = await openTestDb();
});
afterAll(async () => {
  await handle.close();
});

const now = WO_NOW;
const at = (hours: number) => new Date(now.getTime() + hours * H);
type QueuePage = Awaited<ReturnType<Caller["workOrder"]["merchant"]["queue"]>>;

/** A world whose requests belong to a consumer with the given name. */
async function withConsumer(world: UrgeWorld, name: string): Promise<UrgeWorld> {
  return { ...world, consumer: await createConsumer(handle.db, { name }) };
}

async function exportCsv(
  world: UrgeWorld,
  input: Parameters<typeof exportWarningQueueInput.parse>[0],
  locale: "zh-CN" | "en" = "zh-CN",
) {
  const parsed = exportWarningQueueInput.parse(input);
  return exportWarningQueue(
    serviceContext(handle.db, null, { tenant: { kind: "merchant", shopId: world.shop.id }, now, locale }),
    parsed,
  );
}

/** Data lines of a CSV whose cells contain no quotes/newlines (column 1 = order number). */
const orderNosOf = (csv: string) =>
  csv
    .split("\r\n")
    .slice(1)
    .filter(Boolean)
    .map((line) => line.split(",")[1]);

describe("work-order queue CSV export (工单预警 导出)", () => {
  it("INV-9: the CSV export contains exactly the filtered queue", async () => {
    const world = await urgeWorld(handle.db, { now });
    const token = uniqueToken(6);
    const zhang = await withConsumer(world, `Zhang${token}三`);
    const li = await withConsumer(world, `Li${token}四`);
    const plan = [
      { who: zhang, dueH: -3, status: "open" as const },
      { who: zhang, dueH: 1, status: "open" as const },
      { who: zhang, dueH: 30, status: "promised" as const },
      { who: li, dueH: 1, status: "open" as const },
    ];
    const created: string[] = [];
    for (const [i, p] of plan.entries()) {
      const target = await anotherRequest(handle.db, p.who, `X${token}-${i}`);
      await insertUrgeWorkOrder(handle.db, target, { status: p.status, openedAt: at(-20), dueAt: at(p.dueH) });
      created.push(target.order.orderNo);
    }
    await insertUrgeWorkOrder(handle.db, await anotherRequest(handle.db, zhang, `X${token}-c`), {
      status: "expired",
      openedAt: at(-40),
      dueAt: at(-16),
      closedAt: at(-16),
    });

    const caller = callerFor(handle.db, world.merchant, { now: fixedClock(now) });
    const listAll = async (input: Parameters<Caller["workOrder"]["merchant"]["queue"]>[0]) => {
      const items: QueuePage["items"] = [];
      let cursor: string | undefined;
      for (let guard = 0; guard < 20; guard++) {
        const page = await caller.workOrder.merchant.queue({ ...input, limit: 2, cursor });
        items.push(...page.items);
        if (!page.nextCursor) break;
        cursor = page.nextCursor;
      }
      return items.map((r) => r.orderNo);
    };

    // Consumer filter: part of the name, case-insensitive.
    const byConsumer = { consumer: `zhang${token.toLowerCase()}` };
    expect(await listAll(byConsumer)).toEqual([created[0], created[1], created[2]]);
    const csv = await exportCsv(world, byConsumer);
    expect(csv.rows).toBe(3);
    expect(csv.truncated).toBe(false);
    expect(orderNosOf(csv.csv)).toEqual(await listAll(byConsumer));

    // Every filter combination the page offers yields the same rows in the same order.
    for (const filters of [
      {},
      { urgency: "under_2h" as const },
      { status: "promised" as const },
      { orderNo: `X${token}-3` },
      { view: "closed" as const },
      { ...byConsumer, urgency: "overdue" as const },
    ]) {
      expect(orderNosOf((await exportCsv(world, filters)).csv)).toEqual(await listAll(filters));
    }

    // BOM, localised headers, shop time zone (Asia/Shanghai, UTC+8), remaining time and tier.
    expect(csv.csv.startsWith("\uFEFF工单类型,订单号,消费者,状态,创建时间,处理时限,剩余时间/紧急程度\r\n")).toBe(true);
    const first = csv.csv.split("\r\n")[1];
    expect(first).toBe(
      `催开票工单,X${token}-0,Zhang${token}三,待处理,2036-03-14 16:00,2036-03-15 09:00,超时 3小时0分 / 已超时`,
    );
    const en = await exportCsv(world, { ...byConsumer, urgency: "under_2h" }, "en");
    expect(en.csv.split("\r\n").slice(0, 2)).toEqual([
      "\uFEFFType,Order no.,Consumer,Status,Created,Due,Time left / urgency",
      `Urge-invoice work order,X${token}-1,Zhang${token}三,Open,2036-03-14 16:00,2036-03-15 13:00,1h 0m left / Within 2h`,
    ]);

    // The consumer filter is bounded like the other text filters.
    await expectTrpcError(caller.workOrder.merchant.queue({ consumer: "x".repeat(41) }), "BAD_REQUEST");
    expect(exportWarningQueueInput.safeParse({ consumer: "x".repeat(41) }).success).toBe(false);
  });

  it("INV-9: cells are CSV-escaped and formula-looking cells are defused", async () => {
    expect(csvCell("plain")).toBe("plain");
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell("a,b")).toBe('"a,b"');
    expect(csvCell("line1\nline2")).toBe('"line1\nline2"');
    for (const lead of ["=", "+", "-", "@"]) expect(csvCell(`${lead}1+1`)).toBe(`'${lead}1+1`);
    expect(csvCell('=HYPERLINK("http://x","y")')).toBe(`"'=HYPERLINK(""http://x"",""y"")"`);

    const world = await urgeWorld(handle.db, { now });
    const evil = await withConsumer(world, '=cmd|"/c calc"!A1,\nnext');
    const target = await anotherRequest(handle.db, evil, `E${uniqueToken(6)}`);
    await insertUrgeWorkOrder(handle.db, target, { openedAt: at(-1), dueAt: at(5) });
    const { csv } = await exportCsv(world, { orderNo: target.order.orderNo });
    expect(csv).toContain(`,${target.order.orderNo},"'=cmd|""/c calc""!A1,\nnext",待处理,`);
  });

  it("INV-9/SHOP-3: another shop's rows never appear in a merchant's export, whatever the filters", async () => {
    const token = uniqueToken(6);
    const mine = await urgeWorld(handle.db, { now });
    const other = await urgeWorld(handle.db, { now });
    const shared = `Same${token}`;
    const myRow = await anotherRequest(handle.db, await withConsumer(mine, shared), `M${token}`);
    const theirRow = await anotherRequest(handle.db, await withConsumer(other, shared), `T${token}`);
    await insertUrgeWorkOrder(handle.db, myRow, { openedAt: at(-1), dueAt: at(3) });
    await insertUrgeWorkOrder(handle.db, theirRow, { openedAt: at(-1), dueAt: at(3) });
    // A platform-routed (FBP) work order of a third shop is not the merchant's either.
    const fbp = await urgeWorld(handle.db, { now, businessMode: "FBP" });
    await insertUrgeWorkOrder(handle.db, fbp, { openedAt: at(-1), dueAt: at(3) });

    for (const filters of [{}, { consumer: shared }, { orderNo: `T${token}` }, { view: "closed" as const }]) {
      const { csv } = await exportCsv(mine, filters);
      expect(csv).not.toContain(`T${token}`);
      expect(csv).not.toContain(fbp.order.orderNo);
    }
    expect(orderNosOf((await exportCsv(mine, { consumer: shared })).csv)).toEqual([`M${token}`]);
    const platform = await exportWarningQueue(
      serviceContext(handle.db, null, { tenant: { kind: "admin" }, now, locale: "zh-CN" }),
      exportWarningQueueInput.parse({ consumer: shared }),
    );
    expect(platform.rows).toBe(0);
  });
});
