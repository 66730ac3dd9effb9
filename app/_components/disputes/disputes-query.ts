import { disputeScenarios, disputeStatuses, type DisputeScenario, type DisputeStatus } from "@/server/domain/dispute";

// Shared by the server prefetch and the client island, so both build the same query key.

export interface DisputeFilters {
  status?: DisputeStatus;
  scenario?: DisputeScenario;
}

export type DisputesSource = "consumer" | "merchant" | "admin" | "queue";

export function parseDisputeFilters(params: { get(name: string): string | null }): DisputeFilters {
  const status = params.get("status");
  const scenario = params.get("scenario");
  return {
    status: disputeStatuses.find((s) => s === status),
    scenario: disputeScenarios.find((s) => s === scenario),
  };
}

export const DISPUTES_PAGE_SIZE = 20;

export function disputesInput(source: DisputesSource, filters: DisputeFilters) {
  // The judgment queue is one status by definition; it filters by scenario only.
  return source === "queue" ? { scenario: filters.scenario, limit: DISPUTES_PAGE_SIZE } : { ...filters, limit: DISPUTES_PAGE_SIZE };
}

export const disputesPaging = { getNextPageParam: (last: { nextCursor: string | null }) => last.nextCursor ?? undefined };

export function disputeHref(source: DisputesSource, id: string): string {
  switch (source) {
    case "consumer":
      return `/disputes/${id}`;
    case "merchant":
      return `/merchant/disputes/${id}`;
    case "admin":
      return `/admin/disputes/${id}`;
    case "queue":
      return `/admin/judgments/${id}`;
  }
}
