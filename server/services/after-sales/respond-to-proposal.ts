import { and, eq } from "drizzle-orm";
import { serviceOrderProposals } from "@/db/schema";
import { proposalLapsed } from "@/server/domain/service-order-deadlines";
import { actingOf } from "../acting";
import type { ServiceContext } from "../service-context";
import { onServiceOrder } from "./locked";
import { resolveProposal } from "./resolve-proposal";
import type { RespondToProposalInput } from "./respond-to-proposal-input";
import { proposalLapsedError, proposalNotFound, proposalNotPending, serviceOrderStale } from "./service-order-errors";
import { isUuid } from "../ids";

/**
 * AS-5/AS-8: the consumer accepts or refuses the pending proposal before it lapses (at its due
 * instant exactly it has lapsed: AS_PROPOSAL_LAPSED; the sweeper restores the request).
 * A refusal may later go to the platform (escalate).
 */
export async function respondToProposal(ctx: ServiceContext, input: RespondToProposalInput) {
  const { now } = ctx;
  const by = actingOf(ctx);
  return onServiceOrder(ctx, "consumer", input.serviceOrderId, async (tx, row, order) => {
    if (!isUuid(input.proposalId)) throw proposalNotFound();
    const [proposal] = await tx
      .select()
      .from(serviceOrderProposals)
      .where(and(eq(serviceOrderProposals.id, input.proposalId), eq(serviceOrderProposals.serviceOrderId, row.id)));
    if (!proposal) throw proposalNotFound();
    if (proposal.status !== "pending") throw proposalNotPending();
    if (row.status !== "awaiting_consumer") throw serviceOrderStale(row.status, "respond");
    if (proposalLapsed(proposal, now)) throw proposalLapsedError();
    const decision = input.decision === "accept" ? "accepted" : "refused";
    const result = await resolveProposal(tx, row, order, {
      proposal,
      decision,
      by,
      now,
      refusalReason: input.refusalReason,
    });
    return {
      id: row.id,
      status: result.row.status,
      decision,
      mayEscalate: result.mayEscalate,
      refundedFen: result.refundedFen,
    };
  });
}
