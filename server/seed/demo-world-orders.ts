/**
 * The shape of the demo world's orders: the status an order of a given age plausibly has, the ages that
 * make each status certain for every shop's first orders, buyers' addresses and an order's items.
 * Deterministic through the seeded PRNG.
 */
import type { OrderStatus } from "@/server/domain/order";
import { communities, type DemoProduct, type DemoShop, regions, roads } from "./demo-data";
import type { Rng } from "./rng";

/** The world's orders were all paid: unpaid ones (awaiting_payment, closed_unpaid) come with the demo cases. */
export type WorldStatus = Exclude<OrderStatus, "awaiting_payment" | "closed_unpaid">;

/** The status an order of this age plausibly has (before checking its steps fit before now). */
export function statusForAge(rng: Rng, ageDays: number): WorldStatus {
  if (ageDays < 1)
    return rng.weighted([
      ["paid", 55],
      ["shipped", 35],
      ["cancelled", 10],
    ]);
  if (ageDays < 3)
    return rng.weighted([
      ["paid", 10],
      ["shipped", 50],
      ["signed", 30],
      ["cancelled", 10],
    ]);
  if (ageDays < 8)
    return rng.weighted([
      ["shipped", 15],
      ["signed", 45],
      ["completed", 30],
      ["cancelled", 10],
    ]);
  if (ageDays < 15)
    return rng.weighted([
      ["signed", 15],
      ["completed", 77],
      ["cancelled", 8],
    ]);
  return rng.weighted([
    ["completed", 92],
    ["cancelled", 8],
  ]);
}

/**
 * Ages (days) that make each status certain for the first orders of every shop: the longest
 * ship delay is 2.5 days, transit 3.4 days, auto-completion 7 days after signing.
 */
export const forcedAges: Record<WorldStatus, readonly [number, number]> = {
  paid: [0.1, 0.8],
  shipped: [2.6, 4],
  signed: [7, 9],
  completed: [15, 55],
  cancelled: [3, 40],
};
export const forcedStatuses: readonly WorldStatus[] = ["paid", "shipped", "signed", "completed", "cancelled"];

export function address(rng: Rng): string {
  const region = rng.pick(regions);
  const street = `${region}${rng.pick(roads)}${rng.int(1, 1888)}号`;
  const building = `${rng.pick(communities)}${rng.int(1, 24)}栋${rng.int(1, 4)}单元`;
  return `${street}${building}${rng.int(1, 32)}${String(rng.int(1, 4)).padStart(2, "0")}室`;
}

const qtyWeights: readonly (readonly [number, number])[] = [
  [1, 70],
  [2, 22],
  [3, 8],
];

export function orderItemsFor(rng: Rng, shop: DemoShop): { product: DemoProduct; qty: number }[] {
  const count = rng.weighted([
    [1, 60],
    [2, 30],
    [3, 10],
  ]);
  return rng.sample(shop.products, count).map((product) => ({
    product,
    qty: rng.weighted(qtyWeights.filter(([q]) => q <= product.maxQty)),
  }));
}
