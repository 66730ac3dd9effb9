"use client";

import { createContext, useContext, type ReactNode } from "react";
import { DEFAULT_TIME_ZONE } from "@/server/domain/shop";

const TimeZoneContext = createContext<string>(DEFAULT_TIME_ZONE);

/**
 * The time zone absolute times are shown in below it: the merchant's own shop's, set by the
 * app shell; a page about one record may wrap its part in the record's shop's time zone.
 * Outside any provider (sign-in, a consumer or admin without a record) it is Asia/Shanghai.
 */
export function TimeZoneProvider({ timeZone, children }: { timeZone: string; children: ReactNode }) {
  return <TimeZoneContext.Provider value={timeZone}>{children}</TimeZoneContext.Provider>;
}

export function useTimeZone(): string {
  return useContext(TimeZoneContext);
}
