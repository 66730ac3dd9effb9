import { createParser, parseAsStringLiteral } from "nuqs/server";
import { caseTypes, platformStages, waitingBuckets, type CaseKind } from "@/server/domain/policies/platform-deadlines";
import { marketplaceStyles } from "@/server/domain/shop";
import { createFilterLoader, type FilterValues } from "../ui/data-table/url-filters";

// Shared by the server prefetch and the client island, so both build the same query key.

const UUID = /^[0-9a-f-]{36}$/i;

/** Case type, stage, shop, marketplace style, waiting time. */
export const queueFilterParsers = {
  type: parseAsStringLiteral(caseTypes),
  stage: parseAsStringLiteral(platformStages),
  shopId: createParser({
    parse: (value: string) => (UUID.test(value) ? value : null),
    serialize: (value: string) => value,
  }),
  style: parseAsStringLiteral(marketplaceStyles),
  waiting: parseAsStringLiteral(waitingBuckets),
};

/** The shop filter keeps its short name in the URL. */
export const queueFilterUrlKeys = { shopId: "shop" };

export type QueueFilters = FilterValues<typeof queueFilterParsers>;

/** Reads the filters from the page's query. */
export const parseQueueFilters = createFilterLoader(queueFilterParsers, queueFilterUrlKeys);

export function caseHref(kind: CaseKind, id: string): string {
  return `/admin/adjudication/${kind}/${id}`;
}
