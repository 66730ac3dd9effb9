import { adminRouter } from "./routers/admin";
import { consumerRouter } from "./routers/consumer";
import { merchantRouter } from "./routers/merchant";
import { createCallerFactory, router } from "./init";

export const appRouter = router({
  merchant: merchantRouter,
  consumer: consumerRouter,
  admin: adminRouter,
});

export type AppRouter = typeof appRouter;
export const createCaller = createCallerFactory(appRouter);
