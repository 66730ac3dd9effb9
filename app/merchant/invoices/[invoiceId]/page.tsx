import { InvoiceWorkbenchDetail } from "@/app/_components/invoices/invoice-workbench-detail";
import { getCaller, getContext, orNotFound } from "@/app/_trpc/server";

export const metadata = { title: "开票管理" };

/** INV-2: the merchant issues or refuses one of its SOP shop's invoice requests. */
export default async function MerchantInvoicePage({ params }: { params: Promise<{ invoiceId: string }> }) {
  const { invoiceId } = await params;
  const invoice = await orNotFound((await getCaller()).invoice.merchant.get({ invoiceId }));
  const serverNow = (await getContext()).now();
  return <InvoiceWorkbenchDetail invoice={invoice} audience="merchant" serverNow={serverNow} canDecide />;
}
