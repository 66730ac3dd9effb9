import { initTRPC, TRPCError } from "@trpc/server";
import superjson from "superjson";
import type { Context } from "@/server/context";
import type { Locale } from "@/server/i18n/locale";
import { refreshPolicyCache } from "@/server/services/policies/policy-cache";
import { requestServiceContext } from "@/server/services/service-context";
import { toTRPCError, validationFieldErrors, validationMessage } from "./error-map";

export type { Context };

const t = initTRPC.context<Context>().create({
  transformer: superjson,
  errorFormatter({ shape, error, ctx }) {
    // Unknown errors never leak their message to the client.
    const hidden = error.code === "INTERNAL_SERVER_ERROR" && process.env.NODE_ENV === "production";
    const locale = ctx?.locale ?? "zh-CN";
    const invalid = validationMessage(error.cause, locale);
    return {
      ...shape,
      message: hidden ? "Internal server error" : (invalid ?? shape.message),
      data: {
        ...shape.data,
        stack: undefined,
        domainCode: domainCodeOf(error),
        fieldErrors: validationFieldErrors(error.cause, locale),
      },
    };
  },
});

function domainCodeOf(error: TRPCError): string | null {
  const cause = error.cause as { domainCode?: unknown } | undefined;
  return typeof cause?.domainCode === "string" ? cause.domainCode : null;
}

/** Turns domain errors into tRPC errors in the caller's language. */
const mapDomainErrors = t.middleware(async ({ ctx, next }) => {
  const result = await next();
  if (!result.ok) {
    const mapped = toTRPCError(result.error.cause, ctx.locale);
    if (mapped) throw mapped;
  }
  return result;
});

/** ROL-1/ROL-2: one policy-epoch lookup per request; the published versions reload only when it moved. */
const freshPolicies = t.middleware(async ({ ctx, next }) => {
  await refreshPolicyCache(ctx.db);
  return next();
});

export const router = t.router;
export const createCallerFactory = t.createCallerFactory;
export const publicProcedure = t.procedure.use(mapDomainErrors).use(freshPolicies);

const authedProcedure = publicProcedure.use(({ ctx, next }) => {
  if (!ctx.actor)
    throw new TRPCError({ code: "UNAUTHORIZED", message: message(ctx.locale, "请先登录", "Please sign in") });
  return next({ ctx: { ...ctx, actor: ctx.actor } });
});

function message(locale: Locale, zh: string, en: string): string {
  return locale === "en" ? en : zh;
}

function forbidden(locale: Locale): TRPCError {
  return new TRPCError({ code: "FORBIDDEN", message: message(locale, "无权访问", "You do not have access to this") });
}

// Each audience's procedures get `ctx.service`: the ServiceContext every verb takes, built once
// per request (its `now` is read from the app's clock here).

/** A consumer acting on their own orders and the records hanging off them. */
export const consumerProcedure = authedProcedure.use(({ ctx, next }) => {
  const consumer = ctx.actor.consumer;
  if (!consumer) throw forbidden(ctx.locale);
  return next({
    ctx: { ...ctx, consumer, service: requestServiceContext(ctx, { kind: "consumer", consumerId: consumer.id }) },
  });
});

/** Merchant staff acting inside their one shop (SHOP-3). */
export const merchantProcedure = authedProcedure.use(({ ctx, next }) => {
  const merchant = ctx.actor.merchant;
  if (!merchant) throw forbidden(ctx.locale);
  return next({
    ctx: { ...ctx, merchant, service: requestServiceContext(ctx, { kind: "merchant", shopId: merchant.shopId }) },
  });
});

/** Platform staff; sees every shop. */
export const adminProcedure = authedProcedure.use(({ ctx, next }) => {
  const admin = ctx.actor.admin;
  if (!admin) throw forbidden(ctx.locale);
  return next({ ctx: { ...ctx, admin, service: requestServiceContext(ctx, { kind: "admin" }) } });
});
