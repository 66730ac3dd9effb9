import { expect, test } from "../test";
import { signInAs } from "../fixtures";
import { badIds, expectNotFound, firstLinkedId, idsLinkedFrom, linkedIds } from "../not-found";

const orderPages = (id: string) => [
  `/orders/${id}`,
  `/orders/${id}/cancel`,
  `/orders/${id}/cancel-dispute`,
  `/orders/${id}/intervention`,
  `/orders/${id}/after-sales`,
];
const invoicePages = (id: string) => [`/invoices/${id}`, `/invoices/${id}/dispute?scenario=invoice_refused`];

test("SHOP-3: every consumer page of a record answers HTTP 404 for someone else's record and for ids that cannot exist", async ({
  page,
}) => {
  test.slow(); // dozens of page loads
  // 王芳's records, found through her pages and her shops' workbenches.
  await signInAs(page, "owner@pinhaohuo.demo", /\/merchant/);
  const cancelOrderId = await firstLinkedId(page, "/merchant/cancel-orders", "/merchant/cancel-orders/");
  const orderId = await firstLinkedId(page, `/merchant/cancel-orders/${cancelOrderId}`, "/merchant/orders/");
  await signInAs(page, "wangfang@buyer.demo", /\/orders$/);
  const disputeIds = await linkedIds(page, "/disputes", "/disputes/");
  const disputeId = disputeIds[0] ?? "";
  const invoiceIds = await idsLinkedFrom(
    page,
    disputeIds.map((id) => `/disputes/${id}`),
    "/invoices/",
  );
  const [invoiceId] = invoiceIds;
  const [workOrderId] = await idsLinkedFrom(
    page,
    invoiceIds.map((id) => `/invoices/${id}`),
    "/work-orders/",
  );
  expect(invoiceId).toBeDefined();
  expect(workOrderId).toBeDefined();
  const serviceOrderId = await firstLinkedId(page, "/after-sales", "/after-sales/");

  await signInAs(page, "zhangwei@buyer.demo", /\/orders$/);
  await expectNotFound(page, [
    `/disputes/${disputeId}`,
    `/cancel-orders/${cancelOrderId}`,
    `/work-orders/${workOrderId}`,
    `/after-sales/${serviceOrderId}`,
    ...invoicePages(invoiceId ?? ""),
    ...orderPages(orderId),
  ]);
  await expectNotFound(
    page,
    badIds.flatMap((id) => [
      `/disputes/${id}`,
      `/cancel-orders/${id}`,
      `/work-orders/${id}`,
      `/after-sales/${id}`,
      ...invoicePages(id),
      ...orderPages(id),
    ]),
  );
});
