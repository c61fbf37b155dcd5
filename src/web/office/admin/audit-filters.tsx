import { useState, type FormEvent } from 'react';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { Button } from '../../ui/button.tsx';
import { SelectField, TextField } from '../../ui/field.tsx';
import type { StaffUser } from './admin-endpoints.ts';

export interface AuditFilterForm {
  entity: string;
  entityId: string;
  actorId: string;
  from: string;
  to: string;
}

// The kinds of records the contexts write to the audit log, offered as suggestions.
const entities = ['order', 'request', 'ticket', 'client', 'user', 'organization', 'contract', 'broadcast', 'venue', 'hall', 'zone', 'hall_type', 'film', 'session_type', 'event', 'service', 'visit_object', 'visitor_category', 'museum_service', 'price_row'];

/** Filters of the audit log: what kind of record (and which one), who, between which days. */
export function AuditFilters({ filter, staff, onApply }: { filter: AuditFilterForm; staff: StaffUser[]; onApply: (filter: AuditFilterForm) => void }) {
  const { t } = useI18n();
  const [draft, setDraft] = useState(filter);
  const set = (name: keyof AuditFilterForm) => (event: { target: { value: string } }) => setDraft({ ...draft, [name]: event.target.value });
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    onApply(draft);
  };
  return (
    <form className="filters" onSubmit={onSubmit} aria-label={t('audit.filters')}>
      <TextField name="entity" label={t('audit.entity')} list="audit-entities" value={draft.entity} onChange={set('entity')} />
      <datalist id="audit-entities">
        {entities.map((entity) => (
          <option key={entity} value={entity} />
        ))}
      </datalist>
      <TextField name="entityId" label={t('audit.entityId')} value={draft.entityId} onChange={set('entityId')} />
      <SelectField name="actor" label={t('audit.actor')} value={draft.actorId} onChange={set('actorId')}>
        <option value="">{t('audit.anyone')}</option>
        {staff.map((user) => (
          <option key={user.userId} value={user.userId}>
            {user.displayName} ({user.login})
          </option>
        ))}
      </SelectField>
      <TextField name="from" type="date" label={t('reports.from')} value={draft.from} onChange={set('from')} />
      <TextField name="to" type="date" label={t('reports.to')} value={draft.to} onChange={set('to')} />
      <div className="actions">
        <Button type="submit" variant="primary">
          {t('audit.apply')}
        </Button>
        <Button onClick={() => { const empty = { entity: '', entityId: '', actorId: '', from: '', to: '' }; setDraft(empty); onApply(empty); }}>{t('schedule.reset')}</Button>
      </div>
    </form>
  );
}
