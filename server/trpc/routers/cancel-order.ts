import { router } from "../init";

/** DSP-CXL-2..6: cancel orders (取消订单) and the demo platform-logistics adapter. */
export const cancelOrderRouter = router({});
