import { expect, test } from "../test";
import { signInAs } from "../fixtures";
import { badIds, expectNotFound, firstLinkedId, linkedIds } from "../not-found";

test("every admin page of a record answers HTTP 404 for ids that cannot exist", async ({ page }) => {
  test.slow(); // dozens of page loads
  await signInAs(page, "judge@platform.demo", /\/admin/);
  const [shopId, otherShopId] = await linkedIds(page, "/admin/shops", "/admin/shops/");
  expect(otherShopId).toBeDefined();
  const otherShopsOrder = await firstLinkedId(
    page,
    `/admin/shops/${otherShopId}`,
    `/admin/shops/${otherShopId}/orders/`,
  );
  await expectNotFound(page, [
    `/admin/shops/${shopId}/orders/${otherShopsOrder}`,
    ...badIds.flatMap((id) => [
      `/admin/disputes/${id}`,
      `/admin/invoices/${id}`,
      `/admin/work-orders/${id}`,
      `/admin/violations/${id}`,
      `/admin/appeals/${id}`,
      `/admin/adjudication/dispute/${id}`,
      `/admin/adjudication/work_order/${id}`,
      `/admin/shops/${id}`,
      `/admin/shops/${shopId}/orders/${id}`,
      `/admin/complaints/${id}`,
      `/admin/risk-marks/${id}`,
      `/admin/policies/drafts/${id}`,
    ]),
  ]);
});
