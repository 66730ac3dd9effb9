import { systemClock } from "@/server/clock";
import { createTrpcHandler } from "@/server/http/trpc-route";
import { createRequestContext } from "@/server/request-context";
import { requestLimits } from "@/server/security/limits";

const handler = createTrpcHandler({ createContext: createRequestContext, clock: systemClock, limits: requestLimits() });

export { handler as GET, handler as POST };
export const dynamic = "force-dynamic";
