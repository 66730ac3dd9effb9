/** File kinds the upload pipeline accepts (checked by magic bytes, not by name). */
export const fileKinds = ["pdf", "ofd", "jpeg", "png", "webp"] as const;
export type FileKind = (typeof fileKinds)[number];
export const imageKinds = ["jpeg", "png", "webp"] as const satisfies readonly FileKind[];
