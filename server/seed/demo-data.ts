/**
 * Static lists for the demo world (server/seed/demo-world.ts): shops, products, buyers, addresses,
 * couriers. Prices are integer fen.
 */
import type { DeliveryType } from "@/server/domain/order";
import type { BusinessMode, MarketplaceStyle } from "@/server/domain/shop";
import type { DemoShopKey } from "./accounts";

export interface DemoProduct {
  sku: string;
  name: string;
  priceFen: number;
  /** Largest quantity a buyer plausibly takes of it in one order. */
  maxQty: number;
}

export interface DemoShop {
  key: DemoShopKey;
  name: string;
  businessMode: BusinessMode;
  marketplaceStyle: MarketplaceStyle;
  deliveryType: DeliveryType;
  /** Carriers the shop ships with (platform logistics: 京东物流 only). */
  carriers: readonly string[];
  /** Shipping charged when the goods total is below `freeShippingOverFen` (0 = always free). */
  shippingFeeFen: number;
  freeShippingOverFen: number;
  /** How many orders the shop gets in the demo world. */
  orderCount: number;
  /** Chance that an order is a worry-free purchase order (无忧采购订单). */
  worryFreeRate: number;
  /** Hours from payment to shipping (min, max). */
  shipWithinHours: readonly [number, number];
  products: readonly DemoProduct[];
}

export const PLATFORM_CARRIER = "京东物流";

export const demoShops: readonly DemoShop[] = [
  {
    key: "chenguang",
    name: "晨光数码京东旗舰店",
    businessMode: "SOP",
    marketplaceStyle: "jd",
    deliveryType: "platform",
    carriers: [PLATFORM_CARRIER],
    shippingFeeFen: 600,
    freeShippingOverFen: 9900,
    orderCount: 96,
    worryFreeRate: 0.01,
    shipWithinHours: [2, 26],
    products: [
      { sku: "CG-EAR-PRO2-W", name: "晨光 Pro 2 主动降噪蓝牙耳机 陶瓷白", priceFen: 59900, maxQty: 2 },
      { sku: "CG-GAN-65W", name: "65W 氮化镓快充充电器 双C口 折叠插脚", priceFen: 12900, maxQty: 3 },
      { sku: "CG-PB-20K", name: "20000mAh 移动电源 22.5W 快充 自带双线", priceFen: 14900, maxQty: 2 },
      { sku: "CG-KB-87R", name: "87键 机械键盘 红轴 RGB 背光 有线/蓝牙双模", priceFen: 32900, maxQty: 1 },
      { sku: "CG-MS-S2", name: "静音无线鼠标 2.4G/蓝牙双模 深空灰", priceFen: 8900, maxQty: 3 },
      { sku: "CG-CB-C2", name: "Type-C 快充数据线 1.5m 编织款 两条装", priceFen: 3990, maxQty: 3 },
      { sku: "CG-WT-GT46", name: "智能手表 GT 运动款 46mm 血氧心率监测", priceFen: 138800, maxQty: 1 },
      { sku: "CG-TAB-11", name: "11英寸 平板电脑 8GB+256GB WiFi版 深空灰", priceFen: 229900, maxQty: 1 },
      { sku: "CG-SPK-M1", name: "便携蓝牙音箱 IPX7 防水 户外重低音", priceFen: 19900, maxQty: 2 },
      { sku: "CG-SSD-1T", name: "1TB 移动固态硬盘 USB3.2 读速1050MB/s", priceFen: 49900, maxQty: 2 },
      { sku: "CG-CAM-4K", name: "4K 高清网络摄像头 自动对焦 内置麦克风", priceFen: 26900, maxQty: 1 },
      { sku: "CG-GLS-P60", name: "手机钢化膜 全屏覆盖 防指纹 两片装", priceFen: 2990, maxQty: 3 },
    ],
  },
  {
    key: "pinhaohuo",
    name: "拼好货生鲜果园",
    businessMode: "SOP",
    marketplaceStyle: "pdd",
    deliveryType: "third_party",
    carriers: ["中通快递", "圆通速递", "韵达快递", "顺丰速运", "申通快递"],
    shippingFeeFen: 0,
    freeShippingOverFen: 0,
    orderCount: 96,
    worryFreeRate: 0.01,
    shipWithinHours: [4, 40],
    products: [
      { sku: "PHH-MG-5J", name: "海南贵妃芒 5斤装 单果150g+ 现摘现发", priceFen: 2990, maxQty: 3 },
      { sku: "PHH-QC-10J", name: "赣南脐橙 10斤 精品大果 75-80mm", priceFen: 3980, maxQty: 2 },
      { sku: "PHH-AY-5J", name: "四川爱媛38号果冻橙 5斤 新鲜当季", priceFen: 2680, maxQty: 3 },
      { sku: "PHH-LM-4H", name: "云南蓝莓 4盒装 125g/盒 15mm+大果", priceFen: 4990, maxQty: 2 },
      { sku: "PHH-PG-5J", name: "山东烟台红富士苹果 5斤 果径80mm+", priceFen: 2290, maxQty: 3 },
      { sku: "PHH-WG-9J", name: "广西武鸣沃柑 9斤 皮薄多汁", priceFen: 3590, maxQty: 2 },
      { sku: "PHH-CM-3J", name: "丹东99红颜草莓 3斤 礼盒装", priceFen: 8990, maxQty: 2 },
      { sku: "PHH-BTX-10J", name: "新疆阿克苏冰糖心苹果 10斤 中大果", priceFen: 5980, maxQty: 2 },
      { sku: "PHH-CLZ-2J", name: "智利车厘子 JJ级 2斤 冷链直发", priceFen: 12800, maxQty: 2 },
      { sku: "PHH-FL-4G", name: "海南金钻凤梨 4个装 单果1.2斤+", priceFen: 3290, maxQty: 2 },
      { sku: "PHH-MHT-5J", name: "阳山水蜜桃 5斤 12-15个", priceFen: 6990, maxQty: 2 },
      { sku: "PHH-QYG-12G", name: "阳光金果奇异果 12个 单果90-110g", priceFen: 7990, maxQty: 2 },
    ],
  },
  {
    key: "jingxuan",
    name: "京选家电自营仓",
    businessMode: "FBP",
    marketplaceStyle: "jd",
    deliveryType: "platform",
    carriers: [PLATFORM_CARRIER],
    shippingFeeFen: 0,
    freeShippingOverFen: 0,
    orderCount: 72,
    worryFreeRate: 0.01,
    shipWithinHours: [1, 20],
    products: [
      { sku: "JX-AC-15P", name: "变频空调挂机 1.5匹 新一级能效 自清洁", priceFen: 269900, maxQty: 2 },
      { sku: "JX-WM-10KG", name: "滚筒洗衣机 10公斤 洗烘一体 除菌螨", priceFen: 239900, maxQty: 1 },
      { sku: "JX-RF-510", name: "十字对开门冰箱 510升 风冷无霜 一级能效", priceFen: 349900, maxQty: 1 },
      { sku: "JX-RB-X10", name: "扫地机器人 扫拖一体 自动集尘 自清洁", priceFen: 229900, maxQty: 1 },
      { sku: "JX-TV-65", name: "65英寸 4K超高清 智能液晶电视 120Hz", priceFen: 329900, maxQty: 1 },
      { sku: "JX-WH-60L", name: "电热水器 60升 一级能效 速热 预约洗浴", priceFen: 129900, maxQty: 1 },
      { sku: "JX-BL-175", name: "破壁料理机 1.75L 低音 加热 豆浆机", priceFen: 49900, maxQty: 1 },
      { sku: "JX-AF-55", name: "可视空气炸锅 5.5L 不用翻面 家用大容量", priceFen: 32900, maxQty: 2 },
      { sku: "JX-RH-4L", name: "IH 电饭煲 4L 家用多功能 球釜内胆", priceFen: 39900, maxQty: 1 },
      { sku: "JX-DH-20", name: "除湿机 20L/天 家用轻音 干衣净化", priceFen: 119900, maxQty: 1 },
      { sku: "JX-DW-13", name: "嵌入式洗碗机 13套 热风烘干 一级水效", priceFen: 399900, maxQty: 1 },
      { sku: "JX-KT-17", name: "电热水壶 1.7L 304不锈钢 防干烧", priceFen: 12900, maxQty: 2 },
    ],
  },
  {
    key: "youpin",
    name: "优品家居天猫旗舰店",
    businessMode: "SOP",
    marketplaceStyle: "tmall",
    deliveryType: "third_party",
    carriers: ["中通快递", "圆通速递", "顺丰速运", "德邦快递", "韵达快递"],
    shippingFeeFen: 1000,
    freeShippingOverFen: 8800,
    orderCount: 72,
    worryFreeRate: 0.2,
    shipWithinHours: [6, 60],
    products: [
      { sku: "YP-TB-140", name: "北欧实木餐桌椅组合 1.4米 一桌四椅 原木色", priceFen: 189900, maxQty: 1 },
      { sku: "YP-SF-3P", name: "科技布三人位沙发 免洗 浅灰色 2.1米", priceFen: 279900, maxQty: 1 },
      { sku: "YP-MT-1820", name: "天然乳胶独立弹簧床垫 1.8×2.0米 厚22cm", priceFen: 219900, maxQty: 1 },
      { sku: "YP-SJ-60", name: "60支长绒棉 床上四件套 1.8米床 雾霾蓝", priceFen: 49900, maxQty: 2 },
      { sku: "YP-XLB-200", name: "夏凉被 空调被 可水洗 200×230cm", priceFen: 15900, maxQty: 2 },
      { sku: "YP-MJ-3T", name: "新疆长绒棉毛巾 加厚吸水 3条装", priceFen: 3990, maxQty: 3 },
      { sku: "YP-ZT-2P", name: "慢回弹记忆棉枕头 护颈 一对装", priceFen: 19900, maxQty: 2 },
      { sku: "YP-LD-N1", name: "北欧落地灯 客厅卧室 三色调光", priceFen: 25900, maxQty: 1 },
      { sku: "YP-CTG-W", name: "实木床头柜 两抽 白橡木色", priceFen: 39900, maxQty: 2 },
      { sku: "YP-CL-ZG", name: "全遮光窗帘 成品定制 高2.7米 每米", priceFen: 6900, maxQty: 3 },
      { sku: "YP-YZ-E2", name: "人体工学椅 网布透气 电脑椅 带头枕", priceFen: 89900, maxQty: 1 },
      { sku: "YP-YRB-95", name: "95白鹅绒羽绒被 冬被 加厚 200×230cm", priceFen: 129900, maxQty: 1 },
    ],
  },
];

/** Buyers without a demo account (the demo consumer accounts are added to these). */
export const consumerNames: readonly string[] = [
  "刘洋",
  "陈静",
  "杨帆",
  "黄秀英",
  "赵磊",
  "周婷",
  "吴浩然",
  "徐丽",
  "孙涛",
  "马俊杰",
  "朱晓红",
  "胡军",
  "郭佳怡",
  "何欣怡",
  "高建华",
  "林晓东",
  "罗雪",
  "郑宇航",
  "梁晨",
  "谢婷婷",
  "宋子豪",
  "唐慧",
  "韩梦瑶",
];

export const phonePrefixes: readonly string[] = [
  "138",
  "139",
  "137",
  "136",
  "135",
  "150",
  "151",
  "158",
  "186",
  "187",
  "188",
  "177",
  "189",
  "133",
  "199",
];

export const regions: readonly string[] = [
  "北京市朝阳区",
  "北京市海淀区",
  "上海市浦东新区",
  "上海市徐汇区",
  "广东省深圳市南山区",
  "广东省广州市天河区",
  "浙江省杭州市西湖区",
  "江苏省南京市鼓楼区",
  "四川省成都市武侯区",
  "湖北省武汉市洪山区",
  "陕西省西安市雁塔区",
  "山东省济南市历下区",
  "福建省厦门市思明区",
  "重庆市渝北区",
  "天津市南开区",
  "湖南省长沙市岳麓区",
  "河南省郑州市金水区",
  "辽宁省沈阳市和平区",
];

export const roads: readonly string[] = [
  "建设路",
  "人民路",
  "中山路",
  "解放路",
  "长江路",
  "科技园路",
  "文化路",
  "东风路",
  "学府路",
  "滨江大道",
  "新华街",
  "和平路",
];

export const communities: readonly string[] = [
  "阳光花园",
  "翠湖苑",
  "锦绣华庭",
  "金色家园",
  "万科城",
  "绿地新都会",
  "碧桂园",
  "龙湖春江郦城",
  "保利香槟国际",
  "华润幸福里",
  "世纪花城",
  "融创御园",
];

/** Tracking-number shape per carrier: prefix and number of digits after it. */
export const trackingFormats: Readonly<Record<string, readonly [string, number]>> = {
  京东物流: ["JDV", 12],
  中通快递: ["7", 13],
  圆通速递: ["YT", 13],
  韵达快递: ["4", 14],
  顺丰速运: ["SF", 13],
  申通快递: ["77", 13],
  德邦快递: ["DPK", 12],
};
