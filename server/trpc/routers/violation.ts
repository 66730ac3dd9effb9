import { router } from "../init";

/** VIO-1..3: violation tickets (违约单) and appeals. */
export const violationRouter = router({});
