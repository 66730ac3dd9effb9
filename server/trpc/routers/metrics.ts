import { getJudgmentImpact, judgmentImpactInput } from "@/server/services/metrics/judgment-impact";
import { listShopMetrics, listShopMetricsInput } from "@/server/services/metrics/list-shop-metrics";
import { getShopMetrics, getShopTrends, shopMetricsInput } from "@/server/services/metrics/shop-dashboard";
import { adminProcedure, merchantProcedure, router } from "../init";

/** MET-2: a merchant sees its own shop only — the shop comes from the session, never the input. */
const merchant = router({
  dashboard: merchantProcedure.query(({ ctx }) => getShopMetrics(ctx.service, {})),
  trends: merchantProcedure.query(({ ctx }) => getShopTrends(ctx.service, {})),
  /** DSP-5: "if judged against you, the dispute rate goes from x% to y%" — own cases only. */
  judgmentImpact: merchantProcedure
    .input(judgmentImpactInput)
    .query(({ ctx, input }) => getJudgmentImpact(ctx.service, input)),
});

/** MET-2: admins see every shop (sortable table) and any shop's dashboard. */
const admin = router({
  shops: adminProcedure.input(listShopMetricsInput).query(({ ctx, input }) => listShopMetrics(ctx.service, input)),
  dashboard: adminProcedure.input(shopMetricsInput).query(({ ctx, input }) => getShopMetrics(ctx.service, input)),
  trends: adminProcedure.input(shopMetricsInput).query(({ ctx, input }) => getShopTrends(ctx.service, input)),
});

/** MET-1..2: shop metrics over a rolling 30 days, with daily trends. */
export const metricsRouter = router({ merchant, admin });
