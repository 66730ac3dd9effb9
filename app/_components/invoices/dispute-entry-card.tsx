import { Scale } from "lucide-react";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import type { InvoiceDetail } from "@/server/services/invoices/get-invoice";
import { Card } from "../ui/card";

const buttonClass =
  "inline-flex items-center gap-1.5 rounded-md bg-white px-3 py-1.5 text-sm font-medium text-gray-800 ring-1 ring-inset ring-gray-300 hover:bg-gray-50";

/** DSP-1 / DSP-INV-1/2: the consumer's entries into an invoice dispute, when one may be opened. */
export async function DisputeEntryCard({ invoice }: { invoice: Pick<InvoiceDetail, "id" | "canDispute"> }) {
  const { refused, urged } = invoice.canDispute;
  if (!refused && !urged) return null;
  const t = await getTranslations("invoice.disputeEntry");
  const entries = [
    refused ? { scenario: "invoice_refused", label: t("refused"), hint: t("refusedHint") } : null,
    urged ? { scenario: "invoice_urged", label: t("urged"), hint: t("urgedHint") } : null,
  ].filter((e) => e !== null);
  return (
    <Card title={t("title")}>
      <ul className="flex flex-col gap-3">
        {entries.map((e) => (
          <li key={e.scenario} className="flex flex-col items-start gap-2">
            <p className="text-sm text-gray-700">{e.hint}</p>
            <Link href={`/invoices/${invoice.id}/dispute?scenario=${e.scenario}`} className={buttonClass}>
              <Scale className="size-4" aria-hidden />
              {e.label}
            </Link>
          </li>
        ))}
      </ul>
    </Card>
  );
}
