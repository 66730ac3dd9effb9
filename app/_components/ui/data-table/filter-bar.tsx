"use client";

import { Search } from "lucide-react";
import { useTranslations } from "next-intl";
import type { ParserMap } from "nuqs";
import type { FormEvent, ReactNode } from "react";
import { Button } from "../button";
import type { FilterValues } from "./url-filters";
import type { UrlFilters } from "./use-url-filters";

export const filterLabel = "flex min-w-0 flex-col gap-0.5 text-xs text-gray-600";
export const filterField = "rounded-md border border-gray-300 bg-white px-2 py-1.5 text-sm text-gray-900";

/**
 * A list's filter bar: selects and chips apply at once; text filters apply together when the
 * search button (or Enter) submits the bar.
 */
export function FilterBar<P extends ParserMap>({ filters, children }: { filters: UrlFilters<P>; children: ReactNode }) {
  const t = useTranslations("dataTable");
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const patch: Partial<Record<keyof P, unknown>> = {};
    for (const [name, value] of new FormData(event.currentTarget)) {
      const parser = filters.parsers[name];
      if (parser && typeof value === "string") patch[name as keyof P] = parser.parseServerSide(value) ?? undefined;
    }
    filters.set(patch as Partial<FilterValues<P>>);
  };
  return (
    <form role="search" aria-label={t("filters")} onSubmit={submit} className="flex flex-wrap items-end gap-2">
      {children}
    </form>
  );
}

/** A free-text filter (order number, name); applied when the bar is submitted. */
export function FilterText<P extends ParserMap>(props: {
  filters: UrlFilters<P>;
  name: keyof P & string;
  label: string;
  placeholder?: string;
  maxLength?: number;
  className?: string;
  inputMode?: "numeric" | "text";
}) {
  const value = props.filters.values[props.name];
  const text = typeof value === "string" ? value : "";
  return (
    <label className={filterLabel}>
      {props.label}
      {/* Keyed by the URL's value: Back, reset or a shared link show what is applied, not a stale draft. */}
      <input
        key={text}
        name={props.name}
        defaultValue={text}
        placeholder={props.placeholder}
        maxLength={props.maxLength ?? 40}
        inputMode={props.inputMode}
        className={`${filterField} ${props.className ?? "w-40"}`}
      />
    </label>
  );
}

/** A day filter (yyyy-mm-dd), applied as soon as it is picked. */
export function FilterDate<P extends ParserMap>({
  filters,
  name,
  label,
}: {
  filters: UrlFilters<P>;
  name: keyof P & string;
  label: string;
}) {
  const value = filters.values[name];
  return (
    <label className={filterLabel}>
      {label}
      <input
        type="date"
        className={filterField}
        value={typeof value === "string" ? value : ""}
        onChange={(e) =>
          filters.setOne(
            name,
            (filters.parsers[name]?.parseServerSide(e.target.value) ?? undefined) as FilterValues<P>[typeof name],
          )
        }
      />
    </label>
  );
}

/** Applies the text filters. */
export function FilterSubmit() {
  const t = useTranslations("common");
  return (
    <Button type="submit" variant="secondary">
      <Search className="size-4" aria-hidden />
      {t("search")}
    </Button>
  );
}

/** Clears every filter but `keep` (e.g. the view tab); shown only while something is filtered. */
export function FilterReset<P extends ParserMap>({
  filters,
  keep = [],
}: {
  filters: UrlFilters<P>;
  keep?: readonly (keyof P)[];
}) {
  const t = useTranslations("common");
  if (!filters.isFiltered(keep)) return null;
  const kept = Object.fromEntries(keep.map((key) => [key, filters.values[key]])) as Partial<FilterValues<P>>;
  return (
    <Button variant="ghost" onClick={() => filters.replace(kept)}>
      {t("reset")}
    </Button>
  );
}
