import type { Env } from "./trusted-proxy";
import { isDemoMode } from "../demo-mode";
import { StartupRefusedError } from "../startup-refusal";

export const MIN_AUTH_SECRET_LENGTH = 32;

/** Signs sessions in demo mode and development only; published in the source, so never secret. */
const DEMO_AUTH_SECRET = "arbiter-demo-secret-change-me-in-production-0123456789";

/**
 * The secret that signs sessions. Outside demo mode a production process must have
 * BETTER_AUTH_SECRET of at least 32 characters; otherwise it refuses to start, because a
 * session signed with the published demo secret can be forged by anyone.
 */
export function resolveAuthSecret(env: Env = process.env): string {
  const configured = env.BETTER_AUTH_SECRET ?? "";
  const mustBeStrong = env.NODE_ENV === "production" && !isDemoMode(env);
  if (!mustBeStrong) return configured === "" ? DEMO_AUTH_SECRET : configured;
  if (configured.length < MIN_AUTH_SECRET_LENGTH) {
    const what = configured === "" ? "is not set" : `has ${configured.length} characters`;
    throw new StartupRefusedError(
      `BETTER_AUTH_SECRET ${what}. In production (NODE_ENV=production, DEMO not 1) it must be a random ` +
        `secret of at least ${MIN_AUTH_SECRET_LENGTH} characters, e.g. the output of \`openssl rand -base64 32\`. ` +
        `生产环境必须设置至少 ${MIN_AUTH_SECRET_LENGTH} 个字符的随机 BETTER_AUTH_SECRET。`,
    );
  }
  if (configured === DEMO_AUTH_SECRET) {
    throw new StartupRefusedError(
      "BETTER_AUTH_SECRET is the published demo secret; set a random one (e.g. `openssl rand -base64 32`). " +
        "BETTER_AUTH_SECRET 不能使用公开的演示密钥。",
    );
  }
  return configured;
}
