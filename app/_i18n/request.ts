import { cookies } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { LOCALE_COOKIE, toLocale } from "@/server/i18n/locale";
import afterSalesEn from "./messages/afterSales.en.json";
import afterSalesZh from "./messages/afterSales.zh-CN.json";
import cancelOrderEn from "./messages/cancelOrder.en.json";
import cancelOrderZh from "./messages/cancelOrder.zh-CN.json";
import violationEn from "./messages/violation.en.json";
import violationZh from "./messages/violation.zh-CN.json";
import metricsEn from "./messages/metrics.en.json";
import metricsZh from "./messages/metrics.zh-CN.json";
import adjudicationEn from "./messages/adjudication.en.json";
import adjudicationZh from "./messages/adjudication.zh-CN.json";
import complaintEn from "./messages/complaint.en.json";
import complaintZh from "./messages/complaint.zh-CN.json";
import clockEn from "./messages/clock.en.json";
import clockZh from "./messages/clock.zh-CN.json";
import dataTableEn from "./messages/dataTable.en.json";
import dataTableZh from "./messages/dataTable.zh-CN.json";
import disputeEn from "./messages/dispute.en.json";
import disputeZh from "./messages/dispute.zh-CN.json";
import en from "./messages/en.json";
import invoiceEn from "./messages/invoice.en.json";
import invoiceZh from "./messages/invoice.zh-CN.json";
import notificationEn from "./messages/notification.en.json";
import notificationZh from "./messages/notification.zh-CN.json";
import policiesEn from "./messages/policies.en.json";
import policiesZh from "./messages/policies.zh-CN.json";
import riskSignalsEn from "./messages/riskSignals.en.json";
import riskSignalsZh from "./messages/riskSignals.zh-CN.json";
import timelineEn from "./messages/timeline.en.json";
import timelineZh from "./messages/timeline.zh-CN.json";
import uploadEn from "./messages/upload.en.json";
import uploadZh from "./messages/upload.zh-CN.json";
import workOrderEn from "./messages/workOrder.en.json";
import workOrderZh from "./messages/workOrder.zh-CN.json";
import systemTextEn from "./messages/systemText.en.json";
import systemTextZh from "./messages/systemText.zh-CN.json";
import zhCN from "./messages/zh-CN.json";

// One file per namespace and language, so each area owns its strings.
const bundles = {
  "zh-CN": {
    ...zhCN,
    upload: uploadZh,
    invoice: invoiceZh,
    workOrder: workOrderZh,
    dispute: disputeZh,
    clock: clockZh,
    timeline: timelineZh,
    notification: notificationZh,
    cancelOrder: cancelOrderZh,
    violation: violationZh,
    metrics: metricsZh,
    adjudication: adjudicationZh,
    systemText: systemTextZh,
    dataTable: dataTableZh,
    afterSales: afterSalesZh,
    complaint: complaintZh,
    riskSignals: riskSignalsZh,
    policies: policiesZh,
  },
  en: {
    ...en,
    upload: uploadEn,
    invoice: invoiceEn,
    workOrder: workOrderEn,
    dispute: disputeEn,
    clock: clockEn,
    timeline: timelineEn,
    notification: notificationEn,
    cancelOrder: cancelOrderEn,
    violation: violationEn,
    metrics: metricsEn,
    adjudication: adjudicationEn,
    systemText: systemTextEn,
    dataTable: dataTableEn,
    afterSales: afterSalesEn,
    complaint: complaintEn,
    riskSignals: riskSignalsEn,
    policies: policiesEn,
  },
};

// Locale comes from the remembered switch (a cookie), not the URL: zh-CN unless set to en.
export default getRequestConfig(async () => {
  const locale = toLocale((await cookies()).get(LOCALE_COOKIE)?.value);
  return { locale, messages: bundles[locale], timeZone: "Asia/Shanghai" };
});
