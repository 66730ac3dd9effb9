"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Loader2, Plus, Trash2 } from "lucide-react";
import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { toast } from "sonner";
import { useTRPC } from "@/app/_trpc/client";
import type { ReplyCollaborativeInput } from "@/server/services/intervention/reply-collaborative";
import type { WorkOrderDetail } from "@/server/services/work-orders/get-work-order";
import { FileUploader } from "../evidence/file-uploader";
import type { UploadedFile } from "../evidence/uploaded-file";
import { Button } from "../ui/button";
import { pick } from "../work-orders/localized";
import { instantToZonedLocal, zonedLocalToInstant } from "../work-orders/zoned-time";
import { acceptFor } from "./slots";

type Answer = ReplyCollaborativeInput["answer"];
type Channel = ReplyCollaborativeInput["contacts"][number]["channel"];
const channels: readonly Channel[] = ["phone", "im", "sms"];
const isChannel = (v: string): v is Channel => (channels as readonly string[]).includes(v);
/** WO-TM-3: contact times are entered in Beijing time. */
const CONTACT_TZ = "Asia/Shanghai";

interface ContactRow {
  rowId: number;
  at: string;
  channel: Channel;
  note: string;
}

/** WO-TM-2..4: answer, note, contact records made after the work order was created, vouchers. */
export function CollaborativeForm({ workOrder }: { workOrder: WorkOrderDetail }) {
  const t = useTranslations("workOrder.intervention.collaborative");
  const locale = useLocale();
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
  const rules = workOrder.policy.collaborative;
  const [answer, setAnswer] = useState<Answer | null>(null);
  const [note, setNote] = useState("");
  const [contacts, setContacts] = useState<ContactRow[]>([{ rowId: 0, at: "", channel: "phone", note: "" }]);
  const [nextRowId, setNextRowId] = useState(1);
  const [vouchers, setVouchers] = useState<UploadedFile[]>([]);

  const reply = useMutation(
    trpc.intervention.merchant.replyCollaborative.mutationOptions({
      onSuccess: async () => {
        toast.success(t("success"));
        await queryClient.invalidateQueries({ queryKey: trpc.workOrder.pathKey() });
        router.refresh();
      },
      onError: (error) => toast.error(error.message),
    }),
  );
  if (!rules) return null;

  const patch = (rowId: number, change: Partial<ContactRow>) => setContacts((rows) => rows.map((r) => (r.rowId === rowId ? { ...r, ...change } : r)));

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (!answer) {
      toast.error(t("chooseAnswer"));
      return;
    }
    const records = [];
    for (const row of contacts) {
      const at = zonedLocalToInstant(row.at, CONTACT_TZ);
      if (!at) {
        toast.error(t("badTime"));
        return;
      }
      records.push({ at: at.toISOString(), channel: row.channel, note: row.note.trim() });
    }
    reply.mutate({ workOrderId: workOrder.id, answer, note, contacts: records, vouchers: vouchers.map((v) => v.id) });
  }

  const busy = reply.isPending;
  const input = "w-full rounded-md border border-gray-300 px-2 py-1.5 text-sm disabled:bg-gray-50";
  const min = instantToZonedLocal(workOrder.openedAt, CONTACT_TZ);
  const max = instantToZonedLocal(workOrder.now, CONTACT_TZ);
  return (
    <form onSubmit={onSubmit} className="flex flex-col gap-4" noValidate>
      <fieldset className="flex flex-col gap-2" disabled={busy}>
        <legend className="mb-2 text-sm font-medium">{t("answer")}</legend>
        {rules.answers.map((a) => (
          <label
            key={a.key}
            className={`flex cursor-pointer gap-3 rounded-lg border p-3 text-sm ${a.key === answer ? "border-brand-500 bg-brand-500/5" : "border-gray-200 hover:bg-gray-50"}`}
          >
            <input type="radio" name="answer" value={a.key} checked={a.key === answer} onChange={() => setAnswer(a.key)} className="mt-0.5 accent-brand-500" />
            <span>
              <span className="font-medium">{t(`answers.${a.key}`)}</span>
              <span className="block text-xs text-gray-500">
                {t(`answerHints.${a.key}`)} · {t("needs", { contacts: a.minContacts, vouchers: a.minVouchers })}
              </span>
            </span>
          </label>
        ))}
      </fieldset>

      <label className="flex flex-col gap-1 text-sm">
        <span className="font-medium">{t("note")}</span>
        <textarea value={note} onChange={(e) => setNote(e.target.value)} maxLength={1000} rows={3} placeholder={t("notePlaceholder")} className={input} disabled={busy} />
      </label>

      <div className="flex flex-col gap-2 text-sm">
        <span className="font-medium">{t("contacts")}</span>
        <span className="text-xs text-gray-500">{t("contactsHint")}</span>
        {contacts.map((row) => (
          <div key={row.rowId} className="grid gap-2 rounded-md border border-gray-200 p-2 sm:grid-cols-[auto_auto_1fr_auto] sm:items-end">
            <label className="flex flex-col gap-1">
              <span className="text-xs text-gray-600">{t("at")}</span>
              <input type="datetime-local" value={row.at} min={min} max={max} onChange={(e) => patch(row.rowId, { at: e.target.value })} className={input} disabled={busy} />
            </label>
            <label className="flex flex-col gap-1">
              <span className="text-xs text-gray-600">{t("channel")}</span>
              <select
                value={row.channel}
                onChange={(e) => {
                  if (isChannel(e.target.value)) patch(row.rowId, { channel: e.target.value });
                }}
                className={input}
                disabled={busy}
              >
                {rules.contactChannels.map((c) => (
                  <option key={c.key} value={c.key}>
                    {pick(c.label, locale)}
                  </option>
                ))}
              </select>
            </label>
            <label className="flex flex-col gap-1">
              <span className="text-xs text-gray-600">{t("contactNote")}</span>
              <input value={row.note} onChange={(e) => patch(row.rowId, { note: e.target.value })} maxLength={500} className={input} disabled={busy} />
            </label>
            <Button variant="ghost" onClick={() => setContacts((rows) => rows.filter((r) => r.rowId !== row.rowId))} disabled={busy} aria-label={t("removeContact")}>
              <Trash2 className="size-4" aria-hidden />
            </Button>
          </div>
        ))}
        <div>
          <Button
            variant="secondary"
            onClick={() => {
              setContacts((rows) => [...rows, { rowId: nextRowId, at: "", channel: "phone", note: "" }]);
              setNextRowId((n) => n + 1);
            }}
            disabled={busy || contacts.length >= 20}
          >
            <Plus className="size-4" aria-hidden />
            {t("addContact")}
          </Button>
        </div>
      </div>

      <FileUploader purpose="evidence" accept={acceptFor(rules.voucherSlot)} multiple value={vouchers} onChange={setVouchers} label={t("vouchers")} disabled={busy} />

      <div>
        <Button type="submit" disabled={busy || !answer}>
          {busy ? <Loader2 className="size-4 animate-spin" aria-hidden /> : null}
          {busy ? t("submitting") : t("submit")}
        </Button>
      </div>
    </form>
  );
}
