// The notifications context: the outbox, delivery channels (email, SMS, messengers),
// subscriptions and broadcasts. The only door other contexts (and the server wiring) use.
import type { ContextModule } from '../../server/contexts.ts';
import { fanOutJob } from './dispatch/dispatch-jobs.ts';
import { notificationsRoutes } from './routes.ts';

/** Routes, and the fan-out job (it needs no channel); main.ts adds the send job with its channels. */
export const notificationsModule: ContextModule = { name: 'notifications', routes: notificationsRoutes, jobs: [fanOutJob] };

export { enqueueNotification, outboxInsert, notificationTopics, type NotificationInput, type NotificationTopic } from './enqueue-notification.ts';
export { createSendJob } from './dispatch/dispatch-jobs.ts';
export { channelsFromEnv, closeChannels, loadChannels, type Channels } from './channels/config.ts';
export { inboundSmsHooks } from './inbound/inbound-sms-hooks.ts';
export type { ConfirmOrderBySms } from './inbound/handle-sms-reply.ts';
