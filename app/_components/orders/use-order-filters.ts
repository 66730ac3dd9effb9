"use client";

import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { parseOrderFilters, type OrderFilters } from "./orders-query";

export function useOrderFilters(): [OrderFilters, (next: OrderFilters) => void] {
  const params = useSearchParams();
  const router = useRouter();
  const pathname = usePathname();
  const filters = parseOrderFilters(params);
  const setFilters = (next: OrderFilters) => {
    const query = new URLSearchParams();
    for (const [key, value] of Object.entries(next)) if (value) query.set(key, value);
    const qs = query.toString();
    router.replace(qs ? `${pathname}?${qs}` : pathname, { scroll: false });
  };
  return [filters, setFilters];
}
