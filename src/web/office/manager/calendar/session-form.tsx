import { useState, type FormEvent } from 'react';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { pickName } from '../../../i18n/lang.ts';
import { Button } from '../../../ui/button.tsx';
import { SelectField, TextField } from '../../../ui/field.tsx';
import { FormAlert, LoadError } from '../../../ui/loading.tsx';
import { useResource } from '../../../ui/use-resource.ts';
import { type CreateEventBody, type HallView, type VenueDetail, createEvent, listAllFilms } from '../catalog-endpoints.ts';
import { parseRoubles } from '../shared/money-input.ts';
import { ruleErrors, useSubmit } from '../shared/use-submit.ts';
import { wallToInstant } from '../shared/wall-time.ts';
import { SessionTypeChoice } from './session-type-choice.tsx';
import { ZonePriceInputs } from './zone-price-inputs.tsx';

const otherKinds = ['match', 'concert', 'excursion', 'other'] as const;
const fields = ['filmId', 'sessionTypeIds', 'startsAt', 'endsAt', 'kind', 'title', 'zonePrices', 'hallId'] as const;

/**
 * Schedules a session in a hall. A cinema session names a film and its session types
 * (it ends when the film does); other events give their end and zone prices. The
 * server checks the scheduling rules; a broken one is shown beside the field at fault.
 */
export function SessionForm({ venue, hall, startsAt: initialStart, onCreated }: { venue: VenueDetail; hall: HallView; startsAt: string; onCreated: () => void }) {
  const { t, lang } = useI18n();
  const cinema = venue.kind === 'cinema';
  const films = useResource(() => (cinema ? listAllFilms() : Promise.resolve([])), [cinema]);
  const [filmId, setFilmId] = useState('');
  const [sessionTypeIds, setSessionTypeIds] = useState<string[]>([]);
  const [start, setStart] = useState(initialStart);
  const [end, setEnd] = useState('');
  const [kind, setKind] = useState<(typeof otherKinds)[number]>('concert');
  const [title, setTitle] = useState('');
  const [prices, setPrices] = useState<Record<string, string>>({});
  const submit = useSubmit();
  const errors = ruleErrors(t, submit.error, fields);
  const film = films.data?.find((item) => item.id === filmId);

  const body = (): Parameters<typeof createEvent>[0] => {
    const startsAt = wallToInstant(start, venue.timeZone) ?? start;
    if (cinema) return { hallId: hall.id, kind: 'film_session', filmId: filmId || undefined, sessionTypeIds, startsAt };
    const zonePrices: CreateEventBody['zonePrices'] = Object.entries(prices)
      .filter(([, text]) => text.trim() !== '')
      .map(([zoneId, text]) => ({ zoneId, priceMinor: parseRoubles(text) ?? -1 }));
    return { hallId: hall.id, kind, title: title || undefined, startsAt, endsAt: wallToInstant(end, venue.timeZone) ?? (end || undefined), zonePrices };
  };

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if ((await submit.run(() => createEvent(body()))) !== undefined) onCreated();
  };

  return (
    <form className="form" onSubmit={(event) => void onSubmit(event)} noValidate aria-label={t('calendar.newSession')}>
      <FormAlert>{errors.general}</FormAlert>
      {cinema ? (
        <>
          {films.error ? <LoadError error={films.error} onRetry={films.reload} /> : null}
          <SelectField name="filmId" label={t('calendar.film')} value={filmId} onChange={(event) => setFilmId(event.target.value)} error={errors.byField.filmId} hint={errors.serverSays.filmId} required>
            <option value="">{t('calendar.chooseFilm')}</option>
            {(films.data ?? []).map((item) => (
              <option key={item.id} value={item.id}>
                {t('calendar.filmOption', { title: pickName(lang, item.title, item.titleEn), minutes: item.durationMinutes, rating: item.ageRating })}
              </option>
            ))}
          </SelectField>
          <SessionTypeChoice
            types={venue.sessionTypes}
            chosen={sessionTypeIds}
            onChange={setSessionTypeIds}
            error={errors.byField.sessionTypeIds}
            serverSays={errors.serverSays.sessionTypeIds}
          />
        </>
      ) : (
        <>
          <SelectField name="kind" label={t('calendar.kind')} value={kind} onChange={(event) => setKind(event.target.value as typeof kind)} error={errors.byField.kind}>
            {otherKinds.map((value) => (
              <option key={value} value={value}>
                {t(`eventKind.${value}`)}
              </option>
            ))}
          </SelectField>
          <TextField name="title" label={t('calendar.eventTitle')} value={title} onChange={(event) => setTitle(event.target.value)} error={errors.byField.title} required />
        </>
      )}
      <TextField
        name="startsAt"
        type="datetime-local"
        label={t('calendar.startsAt', { zone: venue.timeZone })}
        value={start}
        onChange={(event) => setStart(event.target.value)}
        error={errors.byField.startsAt}
        hint={errors.serverSays.startsAt ?? (film ? t('calendar.endsWithFilm', { minutes: film.durationMinutes }) : undefined)}
        required
      />
      {cinema ? null : (
        <>
          <TextField name="endsAt" type="datetime-local" label={t('calendar.endsAt')} value={end} onChange={(event) => setEnd(event.target.value)} error={errors.byField.endsAt} hint={errors.serverSays.endsAt} required />
          <ZonePriceInputs zones={hall.zones} prices={prices} onChange={setPrices} error={errors.byField.zonePrices} />
        </>
      )}
      <Button type="submit" variant="primary" busy={submit.busy} busyLabel={t('common.saving')}>
        {t('calendar.schedule')}
      </Button>
    </form>
  );
}
