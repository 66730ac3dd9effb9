import { redirect } from "next/navigation";
import { homeFor } from "@/server/auth/actor";
import { getContext } from "./_trpc/server";

export default async function Home() {
  const { actor } = await getContext();
  redirect(actor ? homeFor(actor) : "/sign-in");
}
