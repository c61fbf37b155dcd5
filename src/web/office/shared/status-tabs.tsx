import { useI18n } from '../../i18n/i18n-context.tsx';
import { hasText } from '../../i18n/texts/index.ts';

/**
 * The count of each status under the other filters, each a button that filters by
 * it: the operator sees at once how many requests wait.
 */
export function StatusTabs<S extends string>({ label, statuses, entity, counts, current, onChoose }: {
  label: string;
  statuses: readonly S[];
  entity: 'request' | 'order';
  counts: Partial<Record<S, number>>;
  current: string | undefined;
  onChoose: (status: S | undefined) => void;
}) {
  const { t } = useI18n();
  const all = statuses.reduce((sum, status) => sum + (counts[status] ?? 0), 0);
  const name = (status: S) => {
    const key = `${entity}.${status}`;
    return hasText(key) ? t(key) : status;
  };
  return (
    <div className="segmented status-tabs" role="group" aria-label={label}>
      <button type="button" aria-pressed={!current} onClick={() => onChoose(undefined)}>
        {t('office.allStatuses')} <span className="count">{all}</span>
      </button>
      {statuses.map((status) => (
        <button key={status} type="button" aria-pressed={current === status} onClick={() => onChoose(status)} data-status={status}>
          {name(status)} <span className="count">{counts[status] ?? 0}</span>
        </button>
      ))}
    </div>
  );
}
