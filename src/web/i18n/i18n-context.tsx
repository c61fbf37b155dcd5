import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { type Lang, rememberLang, rememberedLang } from './lang.ts';
import { type TextKey, texts } from './texts/index.ts';

export type Params = Record<string, string | number>;
export type Translate = (key: TextKey, params?: Params) => string;

export interface I18n {
  lang: Lang;
  setLang: (lang: Lang) => void;
  t: Translate;
}

/** "{count} seats" with params filled in; a missing param stays visible, so it gets noticed. */
export function fill(template: string, params: Params | undefined): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

export function translator(lang: Lang): Translate {
  return (key, params) => fill(texts[key][lang], params);
}

const I18nContext = createContext<I18n>({ lang: 'ru', setLang: () => undefined, t: translator('ru') });

export function I18nProvider({ children, initialLang }: { children: ReactNode; initialLang?: Lang }) {
  const [lang, setLangState] = useState<Lang>(() => initialLang ?? rememberedLang());
  const setLang = useCallback((next: Lang) => {
    rememberLang(next);
    setLangState(next);
  }, []);
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  const value = useMemo(() => ({ lang, setLang, t: translator(lang) }), [lang, setLang]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export const useI18n = (): I18n => useContext(I18nContext);
