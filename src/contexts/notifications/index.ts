// The notifications context: the only door other contexts use.
export { enqueueNotification, notificationTopics, type NotificationInput, type NotificationTopic } from './enqueue-notification.ts';
