import { getDb } from "@/db/client";
import { getAuth } from "@/server/auth/auth";
import { systemClock } from "@/server/clock";
import { createAuthPost } from "@/server/http/auth-route";
import { requestLimits } from "@/server/security/limits";

export async function GET(req: Request) {
  return (await getAuth()).handler(req);
}

export const POST = createAuthPost({
  db: getDb,
  handler: async () => (await getAuth()).handler,
  clock: systemClock,
  limits: requestLimits(),
});

export const dynamic = "force-dynamic";
