import { listFbpReceipts } from "@/server/services/after-sales/list-fbp-receipts";
import { listFbpReceiptsInput } from "@/server/services/after-sales/list-fbp-receipts-input";
import { adminProcedure, router } from "../init";

/**
 * SHOP-1: the platform's side of after-sales besides adjudication — the FBP warehouse's list of
 * returns on their way. Recording one received is afterSales.admin.recordReceipt (keyed).
 */
export const platformAfterSalesRouter = router({
  fbpReceipts: adminProcedure
    .input(listFbpReceiptsInput)
    .query(({ ctx, input }) => listFbpReceipts(ctx.service, input)),
});
