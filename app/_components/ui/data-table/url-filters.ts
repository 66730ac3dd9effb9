import {
  createLoader,
  createParser,
  type inferParserType,
  type LoaderInput,
  type ParserMap,
  type UrlKeys,
} from "nuqs/server";

// Shared by server pages (prefetch with the same query key) and client islands (nuqs state).

/** The filter values a list query takes: an absent filter is undefined (never null, which the inputs refuse). */
export type FilterValues<P extends ParserMap> = {
  [K in keyof P]: Exclude<inferParserType<P>[K], null> | (null extends inferParserType<P>[K] ? undefined : never);
};

/** One filter's value when it is set. */
export type FilterValue<P extends ParserMap, K extends keyof P> = Exclude<inferParserType<P>[K], null>;

/** nuqs' nulls as undefined, so the server's and the browser's query inputs hash the same. */
export function withoutNulls<P extends ParserMap>(values: Record<keyof P, unknown>): FilterValues<P> {
  const entries = Object.entries(values).map(([key, value]) => [key, value ?? undefined]);
  return Object.fromEntries(entries) as FilterValues<P>;
}

/** The server side of a list's URL filters: its page reads them to prefetch what the island will ask for. */
export function createFilterLoader<P extends ParserMap>(
  parsers: P,
  urlKeys?: UrlKeys<P>,
): (input: LoaderInput) => FilterValues<P> {
  const load = createLoader(parsers, { urlKeys });
  return (input) => withoutNulls<P>(load(input));
}

/** Free text (an order number, part of a name): trimmed, at most `max` characters; empty is no filter. */
export function parseAsSearchText(max: number) {
  return createParser({
    parse: (value: string) => value.trim().slice(0, max) || null,
    serialize: (value: string) => value,
  });
}

/** A yes / no filter as "1" / "0"; anything else is no filter. */
export const parseAsFlag = createParser({
  parse: (value: string) => (value === "1" ? true : value === "0" ? false : null),
  serialize: (value: boolean) => (value ? "1" : "0"),
});

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A calendar day as yyyy-mm-dd (what a date input gives); anything else is no filter. */
export const parseAsDay = createParser({
  parse: (value: string) => (DAY.test(value) ? value : null),
  serialize: (value: string) => value,
});
