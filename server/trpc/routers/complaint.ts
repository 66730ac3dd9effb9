import { fileComplaint } from "@/server/services/complaints/file-complaint";
import { fileComplaintInput } from "@/server/services/complaints/file-complaint-input";
import { getComplaint } from "@/server/services/complaints/get-complaint";
import { getComplaintInput } from "@/server/services/complaints/get-complaint-input";
import { listBuyerOrders, listComplaintQueue, listComplaints } from "@/server/services/complaints/list-complaints";
import {
  listBuyerOrdersInput,
  listComplaintQueueInput,
  listComplaintsInput,
} from "@/server/services/complaints/list-complaints-input";
import { reviewComplaint } from "@/server/services/complaints/review-complaint";
import { reviewComplaintInput } from "@/server/services/complaints/review-complaint-input";
import { buyerRiskMarks, clearRiskMark, listRiskMarks } from "@/server/services/complaints/risk-marks";
import { buyerMarksInput, clearRiskMarkInput, listRiskMarksInput } from "@/server/services/complaints/risk-marks-input";
import { supplementComplaint } from "@/server/services/complaints/supplement-complaint";
import { supplementComplaintInput } from "@/server/services/complaints/supplement-complaint-input";
import { idempotent, keyed } from "../idempotency";
import { adminProcedure, merchantProcedure, router } from "../init";

/** MAL-1: the merchant's complaints about its buyers, and the marks it may see on them. */
const merchant = router({
  buyerOrders: merchantProcedure
    .input(listBuyerOrdersInput)
    .query(({ ctx, input }) => listBuyerOrders(ctx.service, input)),
  file: merchantProcedure.input(keyed(fileComplaintInput)).mutation((call) => idempotent(call, fileComplaint)),
  supplement: merchantProcedure
    .input(keyed(supplementComplaintInput))
    .mutation((call) => idempotent(call, supplementComplaint)),
  list: merchantProcedure.input(listComplaintsInput).query(({ ctx, input }) => listComplaints(ctx.service, input)),
  get: merchantProcedure.input(getComplaintInput).query(({ ctx, input }) => getComplaint(ctx.service, input)),
  buyerMarks: merchantProcedure.input(buyerMarksInput).query(({ ctx, input }) => buyerRiskMarks(ctx.service, input)),
});

/** MAL-2: the platform's review queue, decisions and the marks they put. */
const admin = router({
  queue: adminProcedure
    .input(listComplaintQueueInput)
    .query(({ ctx, input }) => listComplaintQueue(ctx.service, input)),
  get: adminProcedure.input(getComplaintInput).query(({ ctx, input }) => getComplaint(ctx.service, input)),
  review: adminProcedure.input(keyed(reviewComplaintInput)).mutation((call) => idempotent(call, reviewComplaint)),
  clearMark: adminProcedure.input(keyed(clearRiskMarkInput)).mutation((call) => idempotent(call, clearRiskMark)),
  marks: adminProcedure.input(listRiskMarksInput).query(({ ctx, input }) => listRiskMarks(ctx.service, input)),
});

export const complaintRouter = router({ merchant, admin });
