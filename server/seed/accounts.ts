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
  /**
   * Consumer accounts: a newcomer has no orders in the demo world; the demo cases give them their own
   * (何静: 8 orders left unpaid at 拼好货 and a dispute there, for the unpaid-orders complaint story).
   */
  newcomer?: boolean;
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
  { email: "hejing@buyer.demo", name: "何静", role: "consumer", newcomer: true },
  { email: "judge@platform.demo", name: "周正", role: "admin_adjudicator" },
  { email: "senior@platform.demo", name: "吴慎思", role: "admin_senior_reviewer" },
];
