import "server-only";

import { redirect } from "next/navigation";
import { homeFor, type Actor, type Audience } from "@/server/auth/actor";
import { getContext } from "../_trpc/server";

/** Server guard for an audience's pages: signed-out → sign-in; wrong audience → their home. */
export async function requireAudience(audience: Audience): Promise<Actor> {
  const { actor } = await getContext();
  if (!actor) redirect("/sign-in");
  const allowed = audience === "consumer" ? actor.consumer : audience === "merchant" ? actor.merchant : actor.admin;
  if (!allowed) redirect(homeFor(actor));
  return actor;
}
