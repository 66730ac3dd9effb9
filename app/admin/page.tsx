import { redirect } from "next/navigation";

/** The admin home is the adjudication console (issue 6). */
export default function AdminHome() {
  redirect("/admin/adjudication");
}
