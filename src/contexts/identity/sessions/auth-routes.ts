import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../../server/deps.ts';
import { unauthorized } from '../../../shared/errors.ts';
import { actorOf } from '../require-actor.ts';
import { registerBody } from '../clients/client-contracts.ts';
import { registerClient } from '../clients/register-client.ts';
import { confirmPasswordReset } from '../password-reset/confirm-password-reset.ts';
import { requestPasswordReset } from '../password-reset/request-password-reset.ts';
import { changePasswordBody, csrfSchema, loginBody, passwordResetConfirmBody, passwordResetRequestBody, sessionStartedSchema } from './auth-contracts.ts';
import { changePassword } from './change-password.ts';
import { logIn } from './log-in.ts';
import { logOut, logOutEverywhere } from './log-out.ts';
import { csrfTokenOf } from './resolve-session-actor.ts';
import { clearSessionCookie, sessionTokenOf, setSessionCookie } from './session-cookie.ts';
import { deleteSessionByToken } from './sessions-repository.ts';

const tags = ['auth'];
const acceptedSchema = z.object({ accepted: z.literal(true) });

export const authRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, deps) => {
  app.post(
    '/auth/register',
    {
      config: { access: 'public', csrfExempt: true },
      schema: { tags, summary: 'Register as a client and log in', body: registerBody, response: { 201: sessionStartedSchema.extend({ clientId: z.uuid() }) } },
    },
    async (request, reply) => {
      const result = await registerClient(deps, request.body, { requestId: request.id });
      const previous = sessionTokenOf(request);
      if (previous) await deleteSessionByToken(deps.database.db, previous);
      setSessionCookie(reply, deps.config, result.session.token, result.session.absoluteExpiresAt);
      return reply.status(201).send({
        clientId: result.clientId,
        csrfToken: result.session.csrfToken,
        expiresAt: result.session.absoluteExpiresAt.toISOString(),
        actor: result.actor,
      });
    },
  );

  app.post(
    '/auth/login',
    {
      config: { access: 'public', csrfExempt: true },
      schema: { tags, summary: 'Log in with a client code, email or staff login and the password', body: loginBody, response: { 200: sessionStartedSchema } },
    },
    async (request, reply) => {
      const { session, actor } = await logIn(deps, { ...request.body, ip: request.ip, previousToken: sessionTokenOf(request) });
      setSessionCookie(reply, deps.config, session.token, session.absoluteExpiresAt);
      return { csrfToken: session.csrfToken, expiresAt: session.absoluteExpiresAt.toISOString(), actor };
    },
  );

  app.post(
    '/auth/logout',
    { config: { access: 'public' }, schema: { tags, summary: 'End this session (fine when there is none)', response: { 204: z.null() } } },
    async (request, reply) => {
      await logOut(deps, sessionTokenOf(request), request.actor);
      clearSessionCookie(reply, deps.config);
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/auth/logout-all',
    { config: { access: 'authenticated' }, schema: { tags, summary: 'End every session of this account, on every device', response: { 200: z.object({ ended: z.number().int() }) } } },
    async (request, reply) => {
      const ended = await logOutEverywhere(deps, actorOf(request));
      clearSessionCookie(reply, deps.config);
      return { ended };
    },
  );

  app.get(
    '/auth/csrf',
    { config: { access: 'authenticated' }, schema: { tags, summary: 'The anti-forgery token to send as x-csrf-token with every write', response: { 200: csrfSchema } } },
    async (request) => {
      const csrfToken = csrfTokenOf(request);
      if (!csrfToken) throw unauthorized('login_required', 'Log in to do this.');
      return { csrfToken };
    },
  );

  app.post(
    '/auth/password-reset/request',
    {
      config: { access: 'public', csrfExempt: true },
      schema: { tags, summary: 'Mail a one-time link to set a new password (same answer whether the login exists or not)', body: passwordResetRequestBody, response: { 202: acceptedSchema } },
    },
    async (request, reply) => {
      await requestPasswordReset(deps, request.body.login);
      return reply.status(202).send({ accepted: true as const });
    },
  );

  app.post(
    '/auth/password-reset/confirm',
    {
      config: { access: 'public', csrfExempt: true },
      schema: { tags, summary: 'Set a new password with the token of a reset link', body: passwordResetConfirmBody, response: { 204: z.null() } },
    },
    async (request, reply) => {
      await confirmPasswordReset(deps, request.body, { requestId: request.id });
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/me/password',
    { config: { access: 'authenticated' }, schema: { tags, summary: 'Change your password; your other sessions end', body: changePasswordBody, response: { 204: z.null() } } },
    async (request, reply) => {
      await changePassword(deps, actorOf(request), request.body, { requestId: request.id });
      return reply.status(204).send(null);
    },
  );
};
