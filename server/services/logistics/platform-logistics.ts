/**
 * Platform logistics (京配) as an adapter. The cancel-order verbs ask it to stop a parcel;
 * the answer comes back later through `reportInterception` (server/services/logistics/
 * report-logistics.ts) — in the demo an admin (or a test) reports it; a real carrier
 * integration would be another implementation of this interface plus a webhook that calls
 * the same report verb. Deliveries reach "signed"/"completed" the same way (`reportDelivery`).
 */
export interface InterceptionRequest {
  orderId: string;
  cancelOrderId: string;
  carrier: string | null;
  trackingNo: string | null;
  now: Date;
}

/** `accepted`: the carrier is trying (the outcome is reported later); `refused`: it cannot even try. */
export type InterceptionAnswer = { kind: "accepted"; carrierRef: string | null } | { kind: "refused"; why: string };

export interface PlatformLogistics {
  readonly name: string;
  requestInterception(request: InterceptionRequest): Promise<InterceptionAnswer>;
}

/**
 * The demo carrier: accepts every interception of a parcel with a tracking number and waits
 * for an admin to report the outcome on /admin/logistics. A parcel without one cannot be found.
 */
export const demoPlatformLogistics: PlatformLogistics = {
  name: "demo",
  async requestInterception(request) {
    if (!request.trackingNo) return { kind: "refused", why: "no tracking number" };
    return { kind: "accepted", carrierRef: `DEMO-${request.trackingNo}` };
  },
};

/** The platform-logistics implementation in use (the demo one until a carrier is integrated). */
export function platformLogistics(): PlatformLogistics {
  return demoPlatformLogistics;
}
