import { formatNumber } from '../../../i18n/format.ts';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import type { BroadcastPreviewView, BroadcastView } from './broadcast-endpoints.ts';

const langs = ['ru', 'en'] as const;

/** The broadcast in both languages: as written, or as the server renders it (with how many it would reach now). */
export function BroadcastPreview({ preview, texts }: { preview?: BroadcastPreviewView; texts?: Pick<BroadcastView, 'subject' | 'body'> }) {
  const { t, lang } = useI18n();
  return (
    <section aria-labelledby="broadcast-texts">
      <h2 id="broadcast-texts">{preview ? t('broadcasts.previewTitle') : t('broadcasts.texts')}</h2>
      {preview ? (
        <p role="status">
          {t('broadcasts.wouldReach', {
            clients: formatNumber(lang, preview.recipients.clients),
            email: formatNumber(lang, preview.recipients.email),
            sms: formatNumber(lang, preview.recipients.sms),
            messenger: formatNumber(lang, preview.recipients.messenger),
          })}
        </p>
      ) : null}
      <div className="card-grid">
        {langs.map((language) => (
          <article key={language} className="preview-box" lang={language} aria-label={t(language === 'ru' ? 'broadcasts.inRussian' : 'broadcasts.inEnglish')}>
            <h3>{preview ? preview[language].subject : texts?.subject[language]}</h3>
            <p style={{ whiteSpace: 'pre-wrap' }}>{preview ? preview[language].text : texts?.body[language]}</p>
            {preview ? (
              <p className="muted">
                <strong>SMS:</strong> {preview[language].sms}
              </p>
            ) : null}
          </article>
        ))}
      </div>
    </section>
  );
}
