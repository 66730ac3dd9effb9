import { redirect } from "next/navigation";

// The workbench opens on the warning queue: what needs doing first.
export default function MerchantHome() {
  redirect("/merchant/work-orders");
}
