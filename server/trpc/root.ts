import { adjudicationRouter } from "./routers/adjudication";
import { afterSalesRouter } from "./routers/after-sales";
import { adminRouter } from "./routers/admin";
import { cancelOrderRouter } from "./routers/cancel-order";
import { clockRouter } from "./routers/clock";
import { complaintRouter } from "./routers/complaint";
import { consumerRouter } from "./routers/consumer";
import { disputeRouter } from "./routers/dispute";
import { interventionRouter } from "./routers/intervention";
import { invoiceRouter } from "./routers/invoice";
import { merchantRouter } from "./routers/merchant";
import { metricsRouter } from "./routers/metrics";
import { notificationRouter } from "./routers/notification";
import { platformAfterSalesRouter } from "./routers/platform-after-sales";
import { policiesRouter } from "./routers/policies";
import { riskSignalsRouter } from "./routers/risk-signals";
import { sweepRouter } from "./routers/sweep";
import { violationRouter } from "./routers/violation";
import { workOrderRouter } from "./routers/work-order";
import { createCallerFactory, router } from "./init";

export const appRouter = router({
  merchant: merchantRouter,
  consumer: consumerRouter,
  admin: adminRouter,
  clock: clockRouter,
  invoice: invoiceRouter,
  workOrder: workOrderRouter,
  dispute: disputeRouter,
  intervention: interventionRouter,
  notification: notificationRouter,
  cancelOrder: cancelOrderRouter,
  violation: violationRouter,
  metrics: metricsRouter,
  adjudication: adjudicationRouter,
  sweep: sweepRouter,
  afterSales: afterSalesRouter,
  platformAfterSales: platformAfterSalesRouter,
  complaint: complaintRouter,
  riskSignals: riskSignalsRouter,
  policies: policiesRouter,
});

export type AppRouter = typeof appRouter;
export const createCaller = createCallerFactory(appRouter);
