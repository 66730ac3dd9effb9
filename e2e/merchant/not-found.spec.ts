import { test } from "../test";
import { signInAs } from "../fixtures";
import { badIds, expectNotFound, firstLinkedId } from "../not-found";

/** Detail pages of the merchant workbench, by list path. */
const kinds = [
  "disputes",
  "cancel-orders",
  "work-orders",
  "invoices",
  "violations",
  "orders",
  "after-sales",
  "complaints",
] as const;

test("SHOP-3: every merchant detail page answers HTTP 404 for another shop's record and for ids that cannot exist", async ({
  page,
}) => {
  test.slow(); // dozens of page loads
  // 晨光 has every kind of record the workbench shows; 优品 must not reach any of them.
  await signInAs(page, "owner@chenguang.demo", /\/merchant/);
  const others: string[] = [];
  for (const kind of kinds) {
    const id = await firstLinkedId(page, `/merchant/${kind}`, `/merchant/${kind}/`);
    others.push(`/merchant/${kind}/${id}`);
  }

  await signInAs(page, "owner@youpin.demo", /\/merchant/);
  await expectNotFound(page, others);
  await expectNotFound(
    page,
    kinds.flatMap((kind) => badIds.map((id) => `/merchant/${kind}/${id}`)),
  );
});
