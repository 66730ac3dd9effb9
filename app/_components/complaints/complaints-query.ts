import { parseAsStringLiteral } from "nuqs/server";
import { createFilterLoader, type FilterValues } from "../ui/data-table/url-filters";
import { complaintCategories, complaintTabs } from "./types";

// Shared by the server prefetch and the client island, so both build the same query key.

/** The merchant's list: one status tab (全部 by default) and a category. */
export const complaintFilterParsers = {
  tab: parseAsStringLiteral(complaintTabs).withDefault("all"),
  category: parseAsStringLiteral(complaintCategories),
};

export type ComplaintFilters = FilterValues<typeof complaintFilterParsers>;

export const parseComplaintFilters = createFilterLoader(complaintFilterParsers);

/** The admin queue: a category only; always oldest first. */
export const complaintQueueParsers = { category: parseAsStringLiteral(complaintCategories) };

export const parseComplaintQueueFilters = createFilterLoader(complaintQueueParsers);
