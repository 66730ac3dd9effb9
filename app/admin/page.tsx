import { redirect } from "next/navigation";

/** The admin home is the adjudication console. */
export default function AdminHome() {
  redirect("/admin/adjudication");
}
