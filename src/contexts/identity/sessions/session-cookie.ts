import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Config } from '../../../server/config.ts';

export const sessionCookieName = 'sid';

/** The session cookie: httpOnly, SameSite=Lax, Secure when the portal is served over https. */
export function setSessionCookie(reply: FastifyReply, config: Pick<Config, 'PUBLIC_BASE_URL'>, token: string, expiresAt: Date): void {
  reply.setCookie(sessionCookieName, token, {
    httpOnly: true,
    sameSite: 'lax',
    secure: config.PUBLIC_BASE_URL.startsWith('https:'),
    path: '/',
    expires: expiresAt,
  });
}

export function clearSessionCookie(reply: FastifyReply, config: Pick<Config, 'PUBLIC_BASE_URL'>): void {
  reply.clearCookie(sessionCookieName, { httpOnly: true, sameSite: 'lax', secure: config.PUBLIC_BASE_URL.startsWith('https:'), path: '/' });
}

export const sessionTokenOf = (request: FastifyRequest): string | null => request.cookies[sessionCookieName] || null;
