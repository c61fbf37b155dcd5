import type { ReactNode } from 'react';
import { I18nProvider } from './i18n/i18n-context.tsx';
import type { Lang } from './i18n/lang.ts';
import { BasketProvider, type BasketStore } from './portal/basket/basket-store.tsx';
import { SessionProvider } from './session/session-context.tsx';

/** What every page shares: the language, the session, the basket. Tests wrap pages in it too. */
export function App({ children, lang, basket }: { children: ReactNode; lang?: Lang; basket?: BasketStore }) {
  return (
    <I18nProvider initialLang={lang}>
      <SessionProvider>
        <BasketProvider store={basket}>{children}</BasketProvider>
      </SessionProvider>
    </I18nProvider>
  );
}
