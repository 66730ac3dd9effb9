import { redirect } from "next/navigation";

/** Superseded by the adjudication console (issue 6): one queue for disputes and work orders. */
export default function JudgmentQueuePage() {
  redirect("/admin/adjudication");
}
