/** SHOP-1: who sells, ships and invoices. FBP invoicing is routed to platform admins. */
export const businessModes = ["SOP", "FBP"] as const;
export type BusinessMode = (typeof businessModes)[number];

/** Which marketplace's rule set a shop runs under (JD POP, Pinduoduo, Tmall, Taobao). */
export const marketplaceStyles = ["jd", "pdd", "tmall", "taobao"] as const;
export type MarketplaceStyle = (typeof marketplaceStyles)[number];

/** SHOP-3: merchant staff roles inside one shop. */
export const shopRoles = ["owner", "agent"] as const;
export type ShopRole = (typeof shopRoles)[number];

/** Platform staff: adjudicators judge; senior reviewers also do second-level review and appeals. */
export const adminLevels = ["adjudicator", "senior_reviewer"] as const;
export type AdminLevel = (typeof adminLevels)[number];

export const DEFAULT_TIME_ZONE = "Asia/Shanghai";
