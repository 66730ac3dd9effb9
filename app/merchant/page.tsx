import { redirect } from "next/navigation";

// The workbench opens on its first working section.
export default function MerchantHome() {
  redirect("/merchant/orders");
}
