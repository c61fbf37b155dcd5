import { useI18n } from '../i18n/i18n-context.tsx';
import { hasText } from '../i18n/texts/index.ts';

/** A status with its label from DOMAIN.md; `entity` picks the list (request, order, payment, ticket, line). */
export function StatusBadge({ entity, status }: { entity: 'request' | 'order' | 'payment' | 'ticket' | 'line'; status: string }) {
  const { t } = useI18n();
  const key = `${entity}.${status}`;
  return <span className={`badge badge-${entity}-${status}`}>{hasText(key) ? t(key) : status}</span>;
}
