import type { Env } from "./security/trusted-proxy";
import { resolveAuthSecret } from "./security/auth-secret";
import { publicUrlProblem } from "./security/public-url";
import { StartupRefusedError } from "./startup-refusal";

/**
 * Settings checked before the app process opens its database; throws StartupRefusedError
 * naming what to change. Runs in every app process (instrumentation → boot).
 */
export function checkStartupSettings(env: Env = process.env): void {
  resolveAuthSecret(env);
  const urlProblem = publicUrlProblem(env);
  if (urlProblem) throw new StartupRefusedError(urlProblem);
}
