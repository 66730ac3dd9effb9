import { NotificationsPage } from "@/app/_components/notifications/notifications-page";

export const metadata = { title: "消息通知" };

export default function ConsumerNotificationsPage() {
  return <NotificationsPage audience="consumer" />;
}
