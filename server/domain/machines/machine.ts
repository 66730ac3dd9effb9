import { DomainError } from "../errors";

export type TransitionTable<S extends string, E extends string> = Record<S, Partial<Record<E, S>>>;

/**
 * A pure `next(status, event)` over a transition table. An event the current status does not
 * allow means someone acted first (or the action no longer applies): a conflict, not a crash.
 */
export function machine<S extends string, E extends string>(table: TransitionTable<S, E>) {
  return {
    table,
    can(from: S, event: E): boolean {
      return table[from][event] !== undefined;
    },
    next(from: S, event: E): S {
      const to = table[from][event];
      if (to === undefined) {
        throw new DomainError(
          "CONFLICT",
          "STALE_STATE",
          {
            "zh-CN": "该记录当前状态不允许此操作,可能已被他人处理,请刷新后查看",
            en: "This action no longer applies to the record's current state. Someone may have acted first; refresh to see it.",
          },
          { from, event },
        );
      }
      return to;
    },
  };
}
