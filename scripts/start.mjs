// `npm start`: build when the sources are newer than the last build, then serve the app on
// the embedded database with demo data (DEMO=1 unless set). PORT defaults to 3000.
import { spawnSync, spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

const root = process.cwd();
const buildId = path.join(root, ".next", "BUILD_ID");
const sources = ["app", "server", "db", "public", "next.config.ts", "package.json", "instrumentation.ts"];

function newestMtime(target) {
  if (!fs.existsSync(target)) return 0;
  const stat = fs.statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of fs.readdirSync(target)) newest = Math.max(newest, newestMtime(path.join(target, entry)));
  return newest;
}

const builtAt = fs.existsSync(buildId) ? fs.statSync(buildId).mtimeMs : 0;
const changedAt = Math.max(...sources.map((s) => newestMtime(path.join(root, s))));
const next = path.join(root, "node_modules", "next", "dist", "bin", "next");
const env = { ...process.env, DEMO: process.env.DEMO ?? "1", NEXT_TELEMETRY_DISABLED: "1" };

if (changedAt > builtAt || process.argv.includes("--build")) {
  console.log("[arbiter] building…");
  const build = spawnSync(process.execPath, [next, "build"], { stdio: "inherit", env });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const port = process.env.PORT ?? "3000";
console.log(`[arbiter] starting on http://localhost:${port}`);
const serve = path.join(root, "scripts", "serve.mjs");
const server = spawn(process.execPath, [serve], { stdio: "inherit", env: { ...env, PORT: port } });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
