// Test helper process: runs the app's start-up hook exactly as `next start` does (settings
// check, database, demo seed), prints "booted" and exits 0, or exits as the hook decides.
import { register } from "../../../instrumentation";

process.env.NEXT_RUNTIME = "nodejs";
process.env.SWEEP_IN_APP = "0";
await register();
console.log("booted");
process.exit(0);
