import type { ReactNode } from 'react';
import { useI18n } from '../i18n/i18n-context.tsx';
import { Button } from './button.tsx';
import { errorMessage } from './error-text.ts';

/** A loading state that screen readers announce. */
export function Loading({ label }: { label?: ReactNode }) {
  const { t } = useI18n();
  return (
    <div className="loading" role="status">
      <span className="spinner" aria-hidden="true" />
      <span>{label ?? t('common.loading')}</span>
    </div>
  );
}

/** A failed load, with what went wrong and a way out. */
export function LoadError({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useI18n();
  return (
    <div className="alert alert-error" role="alert">
      <p className="alert-title">{t('common.errorTitle')}</p>
      <p>{errorMessage(t, error)}</p>
      {onRetry ? <Button onClick={onRetry}>{t('common.retry')}</Button> : null}
    </div>
  );
}

/** A message above a form: what failed when no single field is at fault. */
export function FormAlert({ children }: { children: ReactNode }) {
  if (!children) return null;
  return (
    <div className="alert alert-error" role="alert">
      {children}
    </div>
  );
}

export function Notice({ children, tone = 'info' }: { children: ReactNode; tone?: 'info' | 'success' | 'warning' }) {
  return (
    <div className={`alert alert-${tone}`} role="status">
      {children}
    </div>
  );
}
