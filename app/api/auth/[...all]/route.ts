import { getDb } from "@/db/client";
import { getAuth } from "@/server/auth/auth";
import { signInWithLockout } from "@/server/auth/sign-in-with-lockout";
import { isSameOrigin } from "@/server/security/origin";

export async function GET(req: Request) {
  return (await getAuth()).handler(req);
}

export async function POST(req: Request) {
  if (!isSameOrigin(req)) return Response.json({ message: "Cross-origin request refused" }, { status: 403 });
  const auth = await getAuth();
  if (new URL(req.url).pathname.endsWith("/sign-in/email")) {
    return signInWithLockout({ req, db: await getDb(), handler: auth.handler, now: new Date() });
  }
  return auth.handler(req);
}

export const dynamic = "force-dynamic";
