"use client";

import { useEffect, useState } from "react";
import { useDurationText } from "../duration-text";

/** How long something has waited, ticking live; `serverNow` keeps it on the app's clock. */
export function WaitingTime({ since, serverNow }: { since: Date | string; serverNow: Date | string }) {
  const durationText = useDurationText();
  const sinceMs = new Date(since).getTime();
  const [skew] = useState(() => new Date(serverNow).getTime() - Date.now());
  const [now, setNow] = useState(() => Date.now() + skew);
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now() + skew), 1000);
    return () => clearInterval(timer);
  }, [skew]);
  return (
    <span className="tabular-nums whitespace-nowrap" suppressHydrationWarning>
      {durationText(Math.max(0, now - sinceMs))}
    </span>
  );
}
