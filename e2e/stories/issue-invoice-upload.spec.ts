import { expect, test } from "../test";
import { requestInvoiceOnFreshOrder, signInAs } from "../fixtures";

/** A small but well-formed one-page PDF. */
function pdf(): Buffer {
  const body = [
    "%PDF-1.4",
    "1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj",
    "2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj",
    "3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >> endobj",
    "trailer << /Root 1 0 R >>",
    "%%EOF",
  ].join("\n");
  return Buffer.from(body);
}

test("INV-2/WO-3: the merchant issues an invoice by uploading its PDF; a wrong file is refused with a clear message; the consumer downloads it", async ({
  page,
}) => {
  await signInAs(page, "zhangwei@buyer.demo", /\/orders$/);
  const { orderNo, owner, invoicePath } = await requestInvoiceOnFreshOrder(page);

  await signInAs(page, owner, /\/merchant/);
  await page.goto(`/merchant/invoices?orderNo=${orderNo}`);
  await page.locator("table tbody tr").filter({ hasText: orderNo }).getByRole("link").first().click();

  // A picture is not an invoice file: refused, nothing stored.
  const upload = page.locator("input[type=file]");
  await upload.setInputFiles({
    name: "invoice.pdf",
    mimeType: "application/pdf",
    buffer: Buffer.from("GIF89a not a pdf"),
  });
  await expect(
    page
      .getByRole("alert")
      .filter({ hasText: /PDF|OFD|文件/ })
      .first(),
  ).toBeVisible();

  await upload.setInputFiles({ name: "发票.pdf", mimeType: "application/pdf", buffer: pdf() });
  await expect(page.getByRole("link", { name: /发票\.pdf/ })).toBeVisible();
  await page.getByPlaceholder("8–20 位数字").fill("2026112300001234");
  await page.getByRole("button", { name: "确认开票" }).click();
  await expect(page.getByText("已开票").first()).toBeVisible();

  await signInAs(page, "zhangwei@buyer.demo", /\/orders$/);
  await page.goto(invoicePath);
  await expect(page.getByText("2026112300001234")).toBeVisible();
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "下载发票" }).click(),
  ]);
  expect(download.suggestedFilename()).toBe("发票.pdf");
});
