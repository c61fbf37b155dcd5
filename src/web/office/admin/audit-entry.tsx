import { formatDateTime } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import type { AuditEntry } from './admin-endpoints.ts';
import { auditChanges, showValue } from './audit-diff.ts';

/** One audit entry: when, who, what, why, and each changed field with its value before and after. */
export function AuditEntryView({ entry, actorName }: { entry: AuditEntry; actorName: string | undefined }) {
  const { t, lang } = useI18n();
  // A record made or removed is shown whole below; a change shows the fields that moved.
  const changes = entry.before === null || entry.after === null ? [] : auditChanges(entry.before, entry.after);
  const who = entry.actorKind === 'system' ? t('account.actor.system') : `${t(`audit.actor.${entry.actorKind}`)}: ${actorName ?? entry.actorId ?? '—'}`;
  return (
    <article className="panel audit-entry" aria-label={`${entry.action} ${entry.entity}`}>
      <p>
        <strong>{formatDateTime(lang, entry.at)}</strong> · {who} · <code>{entry.action}</code>
      </p>
      <p>
        {t('audit.record')}: <code>{entry.entity}</code> <span className="muted">{entry.entityId}</span>
        {entry.reason ? (
          <>
            <br />
            {t('account.reason', { reason: entry.reason })}
          </>
        ) : null}
      </p>
      {changes.length > 0 ? (
        <table className="table">
          <caption>{t('audit.changes')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('audit.field')}</th>
              <th scope="col">{t('audit.before')}</th>
              <th scope="col">{t('audit.after')}</th>
            </tr>
          </thead>
          <tbody>
            {changes.map((change) => (
              <tr key={change.path}>
                <th scope="row">
                  <code>{change.path}</code>
                </th>
                <td className={change.kind === 'removed' || change.kind === 'changed' ? 'change-removed' : undefined}>{showValue(change.before)}</td>
                <td className={change.kind === 'added' || change.kind === 'changed' ? 'change-added' : undefined}>{showValue(change.after)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {entry.before !== null || entry.after !== null ? (
        <details open={changes.length === 0}>
          <summary>{t('audit.raw')}</summary>
          <div className="card-grid">
            <div>
              <p>{t('audit.before')}</p>
              <pre className="json-block" tabIndex={0}>{JSON.stringify(entry.before, null, 2)}</pre>
            </div>
            <div>
              <p>{t('audit.after')}</p>
              <pre className="json-block" tabIndex={0}>{JSON.stringify(entry.after, null, 2)}</pre>
            </div>
          </div>
        </details>
      ) : null}
    </article>
  );
}
