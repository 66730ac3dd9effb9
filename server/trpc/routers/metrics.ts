import { getJudgmentImpact, judgmentImpactInput } from "@/server/services/metrics/judgment-impact";
import { listShopMetrics, listShopMetricsInput } from "@/server/services/metrics/list-shop-metrics";
import { getShopMetrics, getShopTrends, shopMetricsInput } from "@/server/services/metrics/shop-dashboard";
import { adminProcedure, merchantProcedure, router } from "../init";

/** MET-2: a merchant sees its own shop only — the shop comes from the session, never the input. */
const merchant = router({
  dashboard: merchantProcedure.query(({ ctx }) => getShopMetrics({ db: ctx.db, now: ctx.now(), shopId: ctx.merchant.shopId })),
  trends: merchantProcedure.query(({ ctx }) => getShopTrends({ db: ctx.db, now: ctx.now(), shopId: ctx.merchant.shopId })),
  /** DSP-5: "if judged against you, the dispute rate goes from x% to y%" — own cases only. */
  judgmentImpact: merchantProcedure
    .input(judgmentImpactInput)
    .query(({ ctx, input }) => getJudgmentImpact({ db: ctx.db, now: ctx.now(), shopId: ctx.merchant.shopId, input })),
});

/** MET-2: admins see every shop (sortable table) and any shop's dashboard. */
const admin = router({
  shops: adminProcedure.input(listShopMetricsInput).query(({ ctx, input }) => listShopMetrics({ db: ctx.db, now: ctx.now(), input })),
  dashboard: adminProcedure.input(shopMetricsInput).query(({ ctx, input }) => getShopMetrics({ db: ctx.db, now: ctx.now(), shopId: input.shopId })),
  trends: adminProcedure.input(shopMetricsInput).query(({ ctx, input }) => getShopTrends({ db: ctx.db, now: ctx.now(), shopId: input.shopId })),
});

/** MET-1..2: shop metrics over a rolling 30 days, with daily trends. */
export const metricsRouter = router({ merchant, admin });
