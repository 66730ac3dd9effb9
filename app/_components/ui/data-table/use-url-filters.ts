"use client";

import { useQueryStates, type ParserMap, type UrlKeys } from "nuqs";
import { withoutNulls, type FilterValues } from "./url-filters";

/** A list's filters, kept in the address bar (they survive reloads, Back and shared links). */
export interface UrlFilters<P extends ParserMap> {
  parsers: P;
  values: FilterValues<P>;
  /** Changes the given filters (undefined clears one), keeping the rest. */
  set: (patch: Partial<FilterValues<P>>) => void;
  /** Changes one filter (undefined clears it). */
  setOne: <K extends keyof P>(key: K, value: FilterValues<P>[K] | undefined) => void;
  /** Sets exactly these filters: every one not given is cleared. */
  replace: (next: Partial<FilterValues<P>>) => void;
  /** Whether any filter but `keep` is set (a default value does not count). */
  isFiltered: (keep?: readonly (keyof P)[]) => boolean;
}

export interface UrlFiltersOptions<P extends ParserMap> {
  urlKeys?: UrlKeys<P>;
  /** true: the server re-renders the page for the new URL (rows rendered there); default: only the client refetches. */
  reload?: boolean;
}

/**
 * The URL state of a filter bar (nuqs). A change replaces the history entry, as the lists
 * always did: Back leaves the list, and coming back (or reloading) shows it filtered as it was.
 */
export function useUrlFilters<P extends ParserMap>(parsers: P, options: UrlFiltersOptions<P> = {}): UrlFilters<P> {
  const [raw, setRaw] = useQueryStates(parsers, {
    urlKeys: options.urlKeys,
    history: "replace",
    scroll: false,
    shallow: !options.reload,
  });
  const values = withoutNulls<P>(raw);
  const keys = Object.keys(parsers) as (keyof P)[];
  const write = (next: Partial<FilterValues<P>>, clearOthers: boolean) => {
    const patch = Object.fromEntries(
      keys.filter((key) => clearOthers || key in next).map((key) => [key, next[key] ?? null]),
    );
    void setRaw(patch as Parameters<typeof setRaw>[0]);
  };
  return {
    parsers,
    values,
    set: (patch) => write(patch, false),
    setOne: (key, value) => write({ [key]: value } as Partial<FilterValues<P>>, false),
    replace: (next) => write(next, true),
    isFiltered: (keep = []) =>
      keys.some((key) => !keep.includes(key) && raw[key] !== null && raw[key] !== parsers[key]?.defaultValue),
  };
}
