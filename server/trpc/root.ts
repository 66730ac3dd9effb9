import { adjudicationRouter } from "./routers/adjudication";
import { adminRouter } from "./routers/admin";
import { cancelOrderRouter } from "./routers/cancel-order";
import { clockRouter } from "./routers/clock";
import { consumerRouter } from "./routers/consumer";
import { disputeRouter } from "./routers/dispute";
import { interventionRouter } from "./routers/intervention";
import { invoiceRouter } from "./routers/invoice";
import { merchantRouter } from "./routers/merchant";
import { metricsRouter } from "./routers/metrics";
import { notificationRouter } from "./routers/notification";
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
});

export type AppRouter = typeof appRouter;
export const createCaller = createCallerFactory(appRouter);
