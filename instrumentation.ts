// Runs once when the server starts: check the settings, open the database (applying
// migrations in this process) and, in demo mode, seed the demo world on an empty database.
// Unsafe settings or a data folder held by another process end the process with exit code 1.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  if (process.env.NEXT_PHASE === "phase-production-build") return;
  const { boot } = await import("./server/boot");
  const { exitIfRefused } = await import("./server/startup-refusal");
  await boot().catch(exitIfRefused);
}
