import { router } from "../init";

/** MET-1..2: shop metrics over a rolling 30 days, with daily trends. */
export const metricsRouter = router({});
