import { useState, type FormEvent } from 'react';
import { formatDateTime } from '../../../i18n/format.ts';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { Button } from '../../../ui/button.tsx';
import { TextField } from '../../../ui/field.tsx';
import { FormAlert } from '../../../ui/loading.tsx';
import { type EventSummary, type VenueDetail, cancelEvent, updateEvent } from '../catalog-endpoints.ts';
import { ruleErrors, useSubmit } from '../shared/use-submit.ts';
import { instantToWall, wallToInstant } from '../shared/wall-time.ts';
import { SessionTypeChoice } from './session-type-choice.tsx';
import { ZonePriceEditor } from './zone-price-editor.tsx';

/** A scheduled session: move it (its length stays), change its session types, or cancel it with a reason. */
export function SessionEditor({ venue, event, onChanged }: { venue: VenueDetail; event: EventSummary; onChanged: (message: string) => void }) {
  const { t, lang } = useI18n();
  const [start, setStart] = useState(instantToWall(event.startsAt, venue.timeZone));
  const [types, setTypes] = useState(event.sessionTypes.map((type) => type.id));
  const [reason, setReason] = useState('');
  const submit = useSubmit();
  const errors = ruleErrors(t, submit.error, ['startsAt', 'sessionTypeIds', 'reason']);
  const cancelled = event.status === 'cancelled';

  const save = (changes: Parameters<typeof updateEvent>[1], message: string) => async (form: FormEvent) => {
    form.preventDefault();
    if ((await submit.run(() => updateEvent(event.id, changes))) !== undefined) onChanged(message);
  };
  const cancel = async (form: FormEvent) => {
    form.preventDefault();
    if ((await submit.run(() => cancelEvent(event.id, reason))) !== undefined) onChanged(t('calendar.cancelledNotice'));
  };

  return (
    <div>
      <p>
        {formatDateTime(lang, event.startsAt, venue.timeZone)} – {formatDateTime(lang, event.endsAt, venue.timeZone)}
        {event.film ? ` · ${t('calendar.filmFacts', { minutes: event.film.durationMinutes, rating: event.film.ageRating })}` : ''}
      </p>
      {cancelled ? <p className="badge">{t('calendar.cancelled')}</p> : null}
      <FormAlert>{errors.general}</FormAlert>
      {cancelled ? null : (
        <>
          <form className="form" aria-label={t('calendar.move')} noValidate onSubmit={(form) => void save({ startsAt: wallToInstant(start, venue.timeZone) ?? start }, t('calendar.moved'))(form)}>
            <TextField
              name="startsAt"
              type="datetime-local"
              label={t('calendar.newStart', { zone: venue.timeZone })}
              value={start}
              onChange={(change) => setStart(change.target.value)}
              error={errors.byField.startsAt}
              hint={errors.serverSays.startsAt}
            />
            <Button type="submit" variant="primary" busy={submit.busy}>
              {t('calendar.move')}
            </Button>
          </form>
          {event.kind === 'film_session' ? (
            <form className="form" aria-label={t('calendar.changeTypes')} noValidate onSubmit={(form) => void save({ sessionTypeIds: types }, t('calendar.typesChanged'))(form)}>
              <SessionTypeChoice types={venue.sessionTypes} chosen={types} onChange={setTypes} error={errors.byField.sessionTypeIds} serverSays={errors.serverSays.sessionTypeIds} />
              <Button type="submit" busy={submit.busy}>
                {t('calendar.changeTypes')}
              </Button>
            </form>
          ) : (
            <ZonePriceEditor eventId={event.id} onSaved={() => onChanged(t('calendar.pricesSaved'))} />
          )}
          <form className="form" aria-label={t('calendar.cancelSession')} noValidate onSubmit={(form) => void cancel(form)}>
            <TextField name="reason" label={t('calendar.cancelReason')} value={reason} onChange={(change) => setReason(change.target.value)} error={errors.byField.reason} required />
            <Button type="submit" variant="danger" busy={submit.busy}>
              {t('calendar.cancelSession')}
            </Button>
          </form>
        </>
      )}
    </div>
  );
}
