/** The source of "now" for services. Domain code never reads the wall clock; it is handed `now`. */
export type Clock = () => Date;

export const systemClock: Clock = () => new Date();

/** A clock frozen at `at`, or moved by `advance`. For tests. */
export function fixedClock(at: Date): Clock & { advance(ms: number): void; set(to: Date): void } {
  let current = at.getTime();
  const clock = (() => new Date(current)) as Clock & { advance(ms: number): void; set(to: Date): void };
  clock.advance = (ms) => {
    current += ms;
  };
  clock.set = (to) => {
    current = to.getTime();
  };
  return clock;
}
