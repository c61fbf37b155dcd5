import { useI18n } from '../i18n/i18n-context.tsx';
import { Button } from './button.tsx';

/** Previous / next over a paged list, with where we are. */
export function Pager({ total, limit, offset, onOffset }: { total: number; limit: number; offset: number; onOffset: (offset: number) => void }) {
  const { t } = useI18n();
  if (total <= limit && offset === 0) return null;
  const page = Math.floor(offset / limit) + 1;
  const pages = Math.max(1, Math.ceil(total / limit));
  return (
    <nav className="pager" aria-label={t('common.paging')}>
      <Button onClick={() => onOffset(Math.max(0, offset - limit))} disabled={offset === 0}>
        ← {t('common.prevPage')}
      </Button>
      <span aria-live="polite">{t('common.page', { page, pages })}</span>
      <Button onClick={() => onOffset(offset + limit)} disabled={offset + limit >= total}>
        {t('common.nextPage')} →
      </Button>
    </nav>
  );
}
