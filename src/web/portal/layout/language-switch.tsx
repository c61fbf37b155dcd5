import { useI18n } from '../../i18n/i18n-context.tsx';

/** One button to the other language; its label is in that language, marked so screen readers say it right. */
export function LanguageSwitch() {
  const { lang, setLang, t } = useI18n();
  const other = lang === 'ru' ? 'en' : 'ru';
  return (
    <button type="button" className="button button-link lang-switch" lang={other} onClick={() => setLang(other)} aria-label={t('lang.switchHint')}>
      {t('lang.switchTo')}
    </button>
  );
}
