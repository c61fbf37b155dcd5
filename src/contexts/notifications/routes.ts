import { z } from 'zod';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../server/deps.ts';
import { staffRoles, type Actor } from '../../server/plugins/access.ts';
import { unauthorized } from '../../shared/errors.ts';
import { createBroadcast } from './broadcasts/create-broadcast.ts';
import { getBroadcast } from './broadcasts/get-broadcast.ts';
import { listBroadcasts } from './broadcasts/list-broadcasts.ts';
import { previewBroadcast } from './broadcasts/preview-broadcast.ts';
import { sendBroadcast } from './broadcasts/send-broadcast.ts';
import {
  broadcastParams, broadcastPreviewView, broadcastProgressView, broadcastView, channelsView, createBroadcastBody,
  deliveryLogQuery, deliveryLogView, subscriptionsView, unsubscribedView, unsubscribeQuery, updateSubscriptionsBody,
} from './contracts.ts';
import { listChannels } from './delivery-log/list-channels.ts';
import { listDeliveries } from './delivery-log/list-deliveries.ts';
import { getMySubscriptions } from './subscriptions/get-my-subscriptions.ts';
import { unsubscribeByLink } from './subscriptions/unsubscribe-by-link.ts';
import { updateMySubscriptions } from './subscriptions/update-my-subscriptions.ts';

const actorOf = (request: FastifyRequest): Actor => {
  if (!request.actor) throw unauthorized('login_required', 'Log in to do this.');
  return request.actor;
};
const clients = ['client', 'corporate'] as const;
const managers = ['manager'] as const;

export const notificationsRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, deps) => {
  app.get(
    '/my/subscriptions',
    { config: { access: clients }, schema: { tags: ['subscriptions'], summary: 'Your broadcast topics by channel: news, schedules, start of sales, price changes', response: { 200: subscriptionsView } } },
    async (request) => getMySubscriptions(deps, actorOf(request)),
  );

  app.put(
    '/my/subscriptions',
    {
      config: { access: clients },
      schema: { tags: ['subscriptions'], summary: 'Opt in or out of broadcast topics per channel (topics and channels left out stay as they are)', body: updateSubscriptionsBody, response: { 200: subscriptionsView } },
    },
    async (request) => updateMySubscriptions(deps, actorOf(request), request.body, { requestId: request.id }),
  );

  app.get(
    '/subscriptions/unsubscribe',
    {
      config: { access: 'public' },
      schema: { tags: ['subscriptions'], summary: 'The unsubscribe link of a broadcast: opts out of its topic on its channel (signed, no login)', querystring: unsubscribeQuery, response: { 200: unsubscribedView } },
    },
    async (request) => unsubscribeByLink(deps, request.query.token, { requestId: request.id }),
  );

  app.get(
    '/staff/broadcasts',
    { config: { access: managers }, schema: { tags: ['broadcasts'], summary: 'Broadcasts, newest first', querystring: z.object({ limit: z.coerce.number().int().min(1).max(200).default(50) }), response: { 200: z.object({ items: z.array(broadcastView) }) } } },
    async (request) => ({ items: await listBroadcasts(deps, request.query.limit) }),
  );

  app.post(
    '/staff/broadcasts',
    { config: { access: managers }, schema: { tags: ['broadcasts'], summary: 'Write a broadcast in Russian and English for a topic and an audience (a draft)', body: createBroadcastBody, response: { 201: broadcastView } } },
    async (request, reply) => reply.status(201).send(await createBroadcast(deps, actorOf(request), request.body, { requestId: request.id })),
  );

  app.get(
    '/staff/broadcasts/:broadcastId',
    { config: { access: managers }, schema: { tags: ['broadcasts'], summary: 'A broadcast with its progress and delivery counts by status and channel', params: broadcastParams, response: { 200: broadcastProgressView } } },
    async (request) => getBroadcast(deps, request.params.broadcastId),
  );

  app.post(
    '/staff/broadcasts/:broadcastId/preview',
    { config: { access: managers }, schema: { tags: ['broadcasts'], summary: 'The broadcast as clients will see it in both languages, and how many it would reach now', params: broadcastParams, response: { 200: broadcastPreviewView } } },
    async (request) => previewBroadcast(deps, request.params.broadcastId),
  );

  app.post(
    '/staff/broadcasts/:broadcastId/send',
    { config: { access: managers }, schema: { tags: ['broadcasts'], summary: 'Send a draft broadcast to every subscribed client of its audience', params: broadcastParams, response: { 200: broadcastProgressView } } },
    async (request) => sendBroadcast(deps, actorOf(request), request.params.broadcastId, { requestId: request.id }),
  );

  app.get(
    '/staff/deliveries',
    { config: { access: staffRoles }, schema: { tags: ['deliveries'], summary: 'The delivery log of a client or an order: messages, channels, attempts, failures, SMS answers', querystring: deliveryLogQuery, response: { 200: deliveryLogView } } },
    async (request) => listDeliveries(deps, request.query),
  );

  app.get(
    '/staff/channels',
    { config: { access: staffRoles }, schema: { tags: ['deliveries'], summary: 'Each delivery channel: configured (where it sends) or not configured, last success and error', response: { 200: channelsView } } },
    async () => listChannels(deps),
  );
};
