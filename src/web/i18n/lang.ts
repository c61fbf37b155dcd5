/** The languages of the web apps: Russian by default, English on request. */
export const langs = ['ru', 'en'] as const;
export type Lang = (typeof langs)[number];

export type { Bilingual } from '../../shared/bilingual.ts';

const storageKey = 'lang';

/** The language remembered from the last visit, else Russian (the seed's audience). */
export function rememberedLang(storage: Pick<Storage, 'getItem'> | undefined = globalThis.localStorage): Lang {
  try {
    const saved = storage?.getItem(storageKey);
    return saved === 'en' ? 'en' : 'ru';
  } catch {
    return 'ru'; // storage may be blocked (private mode); the default is fine
  }
}

export function rememberLang(lang: Lang, storage: Pick<Storage, 'setItem'> | undefined = globalThis.localStorage): void {
  try {
    storage?.setItem(storageKey, lang);
  } catch {
    // not remembered, still switched for this visit
  }
}

/** Catalog records carry a Russian name and an optional English one. */
export function pickName(lang: Lang, ru: string, en: string | null | undefined): string {
  return lang === 'en' && en ? en : ru;
}
