import { InvoiceWorkbenchDetail } from "@/app/_components/invoices/invoice-workbench-detail";
import { getCaller, getContext, orNotFound } from "@/app/_trpc/server";

export const metadata = { title: "FBP 开票" };

/** SHOP-1: the platform issues or refuses FBP invoice requests; other requests are view-only. */
export default async function AdminInvoicePage({ params }: { params: Promise<{ invoiceId: string }> }) {
  const { invoiceId } = await params;
  const invoice = await orNotFound((await getCaller()).invoice.admin.get({ invoiceId }));
  const serverNow = (await getContext()).now();
  return (
    <InvoiceWorkbenchDetail
      invoice={invoice}
      audience="admin"
      serverNow={serverNow}
      canDecide={invoice.invoicingParty === "platform"}
    />
  );
}
