import { useCallback, useEffect, useState } from 'react';
import { useSearchParams } from 'react-router';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { Button } from '../../ui/button.tsx';
import { LoadError, Loading } from '../../ui/loading.tsx';
import { usePageTitle } from '../../ui/page-title.ts';
import { useResource } from '../../ui/use-resource.ts';
import '../manager/shared/office-b.css';
import { addDays, wallToInstant } from '../manager/shared/wall-time.ts';
import { type AuditEntry, type AuditFilter, listAudit, listStaff } from './admin-endpoints.ts';
import { AuditEntryView } from './audit-entry.tsx';
import { AuditFilters } from './audit-filters.tsx';

// Dates of the filter are days in Moscow, the venues' time zone.
const timeZone = 'Europe/Moscow';

/** The audit log: who changed what and when, newest first, with before and after; filters live in the URL. */
export function AuditPage() {
  const { t } = useI18n();
  usePageTitle(t('office.section.audit'));
  const [params, setParams] = useSearchParams();
  const filter = { entity: params.get('entity') ?? '', entityId: params.get('entityId') ?? '', actorId: params.get('actor') ?? '', from: params.get('from') ?? '', to: params.get('to') ?? '' };
  const query: AuditFilter = {
    entity: filter.entity || undefined,
    entityId: filter.entityId || undefined,
    actorId: filter.actorId || undefined,
    from: filter.from ? (wallToInstant(filter.from, timeZone) ?? undefined) : undefined,
    to: filter.to ? (wallToInstant(addDays(filter.to, 1), timeZone) ?? undefined) : undefined,
  };
  const key = JSON.stringify(query);
  const staff = useResource(() => listStaff(), []);
  const first = useResource(() => listAudit(query), [key]);
  const [more, setMore] = useState<{ items: AuditEntry[]; nextCursor: number | null } | null>(null);
  const [loadingMore, setLoadingMore] = useState(false);
  useEffect(() => setMore(null), [key]);

  const items = [...(first.data?.items ?? []), ...(more?.items ?? [])];
  const nextCursor = more ? more.nextCursor : (first.data?.nextCursor ?? null);
  const loadMore = useCallback(async () => {
    if (nextCursor === null) return;
    setLoadingMore(true);
    try {
      const page = await listAudit(JSON.parse(key) as AuditFilter, nextCursor);
      setMore((earlier) => ({ items: [...(earlier?.items ?? []), ...page.items], nextCursor: page.nextCursor }));
    } finally {
      setLoadingMore(false);
    }
  }, [key, nextCursor]);
  const staffName = (actorId: string | null) => staff.data?.items.find((user) => user.userId === actorId)?.displayName;

  return (
    <section className="page" aria-labelledby="audit-title">
      <h1 id="audit-title">{t('office.section.audit')}</h1>
      <AuditFilters
        key={params.toString()}
        filter={filter}
        staff={staff.data?.items ?? []}
        onApply={(next) => setParams(Object.fromEntries(Object.entries({ entity: next.entity, entityId: next.entityId, actor: next.actorId, from: next.from, to: next.to }).filter(([, value]) => value)), { replace: true })}
      />
      {first.loading ? <Loading /> : null}
      {first.error ? <LoadError error={first.error} onRetry={first.reload} /> : null}
      {first.data && items.length === 0 ? <p>{t('common.empty')}</p> : null}
      <ol className="audit-list" aria-label={t('audit.entries')}>
        {items.map((entry) => (
          <li key={entry.id}>
            <AuditEntryView entry={entry} actorName={staffName(entry.actorId)} />
          </li>
        ))}
      </ol>
      {nextCursor !== null ? (
        <Button onClick={() => void loadMore()} busy={loadingMore}>
          {t('audit.more')}
        </Button>
      ) : null}
    </section>
  );
}
