import { RouteLoading } from "@/app/_components/cancel-orders/route-states";

export default function Loading() {
  return <RouteLoading />;
}
