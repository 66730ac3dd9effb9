import { pgEnum } from "drizzle-orm/pg-core";
import { actorRoles, auditedRecordTypes } from "@/server/domain/audit";
import { deliveryTypes, orderStatuses } from "@/server/domain/order";
import { refundCauses, refundKinds, refundSourceTypes } from "@/server/domain/refund";
import { adminLevels, businessModes, marketplaceStyles, shopRoles } from "@/server/domain/shop";
import { disputeScenarios, disputeStatuses, liableParties, remedyKinds } from "@/server/domain/dispute";
import { fileKinds } from "@/server/domain/files";
import { appealStatuses } from "@/server/domain/appeal";
import { cancelOrderStatuses, cancelReasons, interceptionStatuses } from "@/server/domain/cancel-order";
import { invoiceStatuses, invoiceTypes, invoicingParties } from "@/server/domain/invoice";
import { invoiceObligationSources, invoiceObligationStatuses } from "@/server/domain/invoice-obligation";
import { violationSourceTypes, violationStatuses } from "@/server/domain/violation";
import { workOrderStatuses, workOrderTypes } from "@/server/domain/work-order";
import {
  afterSalesReasons,
  deadlineOutcomes,
  deadlineParties,
  proposalKinds,
  proposalStages,
  proposalStatuses,
  receiptRecorders,
  repairModes,
  serviceCloseReasons,
  serviceDeadlineKinds,
  serviceOrderStatuses,
  serviceResults,
  serviceTypes,
} from "@/server/domain/after-sales";
import { complaintCategories, complaintStatuses } from "@/server/domain/complaint";

export const businessModeEnum = pgEnum("business_mode", businessModes);
export const marketplaceStyleEnum = pgEnum("marketplace_style", marketplaceStyles);
export const shopRoleEnum = pgEnum("shop_role", shopRoles);
export const adminLevelEnum = pgEnum("admin_level", adminLevels);
export const orderStatusEnum = pgEnum("order_status", orderStatuses);
export const deliveryTypeEnum = pgEnum("delivery_type", deliveryTypes);
export const refundKindEnum = pgEnum("refund_kind", refundKinds);
export const refundSourceTypeEnum = pgEnum("refund_source_type", refundSourceTypes);
export const refundCauseEnum = pgEnum("refund_cause", refundCauses);
export const auditedRecordTypeEnum = pgEnum("audited_record_type", auditedRecordTypes);
export const actorRoleEnum = pgEnum("actor_role", actorRoles);

export const invoiceStatusEnum = pgEnum("invoice_status", invoiceStatuses);
export const invoiceTypeEnum = pgEnum("invoice_type", invoiceTypes);
export const invoicingPartyEnum = pgEnum("invoicing_party", invoicingParties);
export const invoiceObligationSourceEnum = pgEnum("invoice_obligation_source", invoiceObligationSources);
export const invoiceObligationStatusEnum = pgEnum("invoice_obligation_status", invoiceObligationStatuses);
export const workOrderTypeEnum = pgEnum("work_order_type", workOrderTypes);
export const workOrderStatusEnum = pgEnum("work_order_status", workOrderStatuses);
export const disputeScenarioEnum = pgEnum("dispute_scenario", disputeScenarios);
export const disputeStatusEnum = pgEnum("dispute_status", disputeStatuses);
export const liablePartyEnum = pgEnum("liable_party", liableParties);
export const remedyKindEnum = pgEnum("remedy_kind", remedyKinds);
export const fileKindEnum = pgEnum("file_kind", fileKinds);
export const violationStatusEnum = pgEnum("violation_status", violationStatuses);
export const violationSourceTypeEnum = pgEnum("violation_source_type", violationSourceTypes);
export const cancelOrderStatusEnum = pgEnum("cancel_order_status", cancelOrderStatuses);
export const cancelReasonEnum = pgEnum("cancel_reason", cancelReasons);
export const interceptionStatusEnum = pgEnum("interception_status", interceptionStatuses);
export const appealStatusEnum = pgEnum("appeal_status", appealStatuses);

export const serviceTypeEnum = pgEnum("service_type", serviceTypes);
export const repairModeEnum = pgEnum("repair_mode", repairModes);
export const afterSalesReasonEnum = pgEnum("after_sales_reason", afterSalesReasons);
export const serviceResultEnum = pgEnum("service_result", serviceResults);
export const serviceOrderStatusEnum = pgEnum("service_order_status", serviceOrderStatuses);
export const proposalKindEnum = pgEnum("proposal_kind", proposalKinds);
export const proposalStageEnum = pgEnum("proposal_stage", proposalStages);
export const proposalStatusEnum = pgEnum("proposal_status", proposalStatuses);
export const receiptRecorderEnum = pgEnum("receipt_recorder", receiptRecorders);
export const serviceCloseReasonEnum = pgEnum("service_close_reason", serviceCloseReasons);
export const serviceDeadlineKindEnum = pgEnum("service_deadline_kind", serviceDeadlineKinds);
export const deadlinePartyEnum = pgEnum("deadline_party", deadlineParties);
export const deadlineOutcomeEnum = pgEnum("deadline_outcome", deadlineOutcomes);

export const complaintCategoryEnum = pgEnum("complaint_category", complaintCategories);
export const complaintStatusEnum = pgEnum("complaint_status", complaintStatuses);
