import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { api, isApiError } from '../api.ts';
import * as identity from '../endpoints/identity.ts';
import type { Actor, Me, RegisterInput } from '../endpoints/identity.ts';

export interface Session {
  status: 'loading' | 'ready';
  me: Me | null;
  actor: Actor | null;
  logIn(login: string, password: string): Promise<Actor>;
  register(input: RegisterInput): Promise<Actor>;
  logOut(): Promise<void>;
  reload(): Promise<void>;
}

const SessionContext = createContext<Session | null>(null);

/** Who is logged in, for every page; the cookie itself is httpOnly, so the server is asked. */
export function SessionProvider({ children }: { children: ReactNode }) {
  const [status, setStatus] = useState<Session['status']>('loading');
  const [me, setMe] = useState<Me | null>(null);

  const reload = useCallback(async () => {
    try {
      setMe(await identity.getMe());
    } catch (error) {
      if (!isApiError(error) || error.status !== 401) console.warn('could not read the session', error);
      setMe(null);
    } finally {
      setStatus('ready');
    }
  }, []);

  useEffect(() => {
    void reload();
  }, [reload]);

  const started = useCallback(
    async (session: identity.SessionStarted) => {
      api.setCsrfToken(session.csrfToken);
      await reload();
      return session.actor;
    },
    [reload],
  );

  const value = useMemo<Session>(
    () => ({
      status,
      me,
      actor: me?.actor ?? null,
      logIn: async (login, password) => started(await identity.logIn(login, password)),
      register: async (input) => started(await identity.register(input)),
      logOut: async () => {
        await identity.logOut().catch(() => undefined);
        api.setCsrfToken(null);
        setMe(null);
      },
      reload,
    }),
    [status, me, started, reload],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession needs a SessionProvider');
  return session;
}

export const clientRoles = ['client', 'corporate'] as const;
export const isClient = (actor: Actor | null): boolean => Boolean(actor?.roles.some((role) => role === 'client' || role === 'corporate'));
export const isStaff = (actor: Actor | null): boolean => actor?.kind === 'staff';
