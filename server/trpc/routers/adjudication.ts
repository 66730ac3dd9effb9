import { router } from "../init";

/** DSP-5, WO-TM-4: the platform's adjudication queue and case pages. */
export const adjudicationRouter = router({});
