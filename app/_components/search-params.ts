export type SearchParams = Record<string, string | string[] | undefined>;

/** A URLSearchParams-like reader over Next's searchParams prop (first value wins). */
export function searchParamsReader(params: SearchParams): { get(name: string): string | null } {
  return {
    get(name) {
      const value = params[name];
      return (Array.isArray(value) ? value[0] : value) ?? null;
    },
  };
}
