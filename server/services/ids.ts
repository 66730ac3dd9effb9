/** The id check lives in server/domain (pure), so input schemas a browser form imports can use it too. */
export { isUuid } from "@/server/domain/ids";
