// The complaint screens' view of the `complaint` router's answers. Kept here so the screens name what
// they show; the router's outputs are checked against these where the pages pass them in.

export {
  complaintCategories,
  complaintStatuses,
  complaintTabs,
  type ComplaintCategory,
  type ComplaintStatus,
  type ComplaintTab,
} from "@/server/domain/complaint";
import type { ComplaintCategory, ComplaintStatus } from "@/server/domain/complaint";
import type { getComplaint } from "@/server/services/complaints/get-complaint";
import type { listBuyerOrders } from "@/server/services/complaints/list-complaints";

export interface ComplaintRow {
  id: string;
  complaintNo: string;
  category: ComplaintCategory;
  status: ComplaintStatus;
  consumerName: string;
  /** The complaining shop: in the admin queue only. */
  shopName?: string;
  orderCount: number;
  filedAt: Date | string;
  /** The one clock running: the platform's review, or the merchant's material window. */
  dueAt: Date | string | null;
}

export interface RiskMarkView {
  id: string;
  category: ComplaintCategory;
  since: Date | string;
  expiresAt: Date | string;
  /** Set only when the viewer may open the complaint (an admin; the merchant of that shop). */
  complaintId: string | null;
  complaintNo: string | null;
  clearedAt?: Date | string | null;
  clearReason?: string | null;
}

/** One complaint as the `complaint` router's get answers it (merchant: its own shop's; admin: any). */
export type ComplaintDetail = Awaited<ReturnType<typeof getComplaint>>;

/** A buyer and their orders at this shop: what a complaint may name (MAL-1). */
export type BuyerOrders = Awaited<ReturnType<typeof listBuyerOrders>>;
