/**
 * The demo accounts. The sign-in page lists them (in demo mode only) and signs in with one
 * click; the README lists them too. Every demo account uses the same password.
 */
export const DEMO_PASSWORD = "arbiter-demo-2026";

export type DemoRole = "consumer" | "merchant_owner" | "merchant_agent" | "admin_adjudicator" | "admin_senior_reviewer";

export interface DemoAccount {
  email: string;
  name: string;
  role: DemoRole;
  /** Merchant accounts: which demo shop (key in demo-world's shop list). */
  shopKey?: DemoShopKey;
}

export type DemoShopKey = "chenguang" | "pinhaohuo" | "jingxuan" | "youpin";

export const demoAccounts: DemoAccount[] = [
  { email: "owner@chenguang.demo", name: "陈光明", role: "merchant_owner", shopKey: "chenguang" },
  { email: "agent@chenguang.demo", name: "刘小燕", role: "merchant_agent", shopKey: "chenguang" },
  { email: "owner@pinhaohuo.demo", name: "王建国", role: "merchant_owner", shopKey: "pinhaohuo" },
  { email: "owner@jingxuan.demo", name: "赵敏", role: "merchant_owner", shopKey: "jingxuan" },
  { email: "owner@youpin.demo", name: "孙丽华", role: "merchant_owner", shopKey: "youpin" },
  { email: "zhangwei@buyer.demo", name: "张伟", role: "consumer" },
  { email: "lina@buyer.demo", name: "李娜", role: "consumer" },
  { email: "wangfang@buyer.demo", name: "王芳", role: "consumer" },
  { email: "judge@platform.demo", name: "周正", role: "admin_adjudicator" },
  { email: "senior@platform.demo", name: "吴慎思", role: "admin_senior_reviewer" },
];
