// Test helper process: opens the embedded database in the folder given as the first argument
// (or, with --lock-only, takes just its lock, as openDb does first), prints "ready <pid>" and
// keeps it until it is killed.
import { openDb } from "@/db/client";
import { lockDataDir } from "@/db/data-dir-lock";

const dir = process.argv[2];
if (!dir) throw new Error("usage: hold-data-dir.ts <folder> [--lock-only]");
if (process.argv.includes("--lock-only")) lockDataDir(dir);
else await openDb({ pgliteDir: dir });
console.log(`ready ${process.pid}`);
setInterval(() => undefined, 1 << 30);
