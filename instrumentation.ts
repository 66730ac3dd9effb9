// Runs once when the server starts: open the database (applying migrations in this process)
// and, in demo mode, seed the demo world on an empty database.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  if (process.env.NEXT_PHASE === "phase-production-build") return;
  const { boot } = await import("./server/boot");
  await boot();
}
