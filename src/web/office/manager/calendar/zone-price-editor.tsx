import { useState, type FormEvent } from 'react';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { Button } from '../../../ui/button.tsx';
import { FormAlert, Loading } from '../../../ui/loading.tsx';
import { useResource } from '../../../ui/use-resource.ts';
import { type EventDetail, getEvent, setEventZonePrices } from '../catalog-endpoints.ts';
import { parseRoubles, roublesText } from '../shared/money-input.ts';
import { inlineError, useSubmit } from '../shared/use-submit.ts';
import { ZonePriceInputs } from './zone-price-inputs.tsx';

/** The zone prices of a match, concert or other event (seed 001: each event has prices per zone). */
export function ZonePriceEditor({ eventId, onSaved }: { eventId: string; onSaved: () => void }) {
  const event = useResource(() => getEvent(eventId), [eventId]);
  if (!event.data) return <Loading />;
  return <ZonePriceForm event={event.data} onSaved={onSaved} />;
}

function ZonePriceForm({ event, onSaved }: { event: EventDetail; onSaved: () => void }) {
  const { t } = useI18n();
  const [prices, setPrices] = useState<Record<string, string>>(() => Object.fromEntries(event.zonePrices.map((price) => [price.zoneId, roublesText(price.priceMinor)])));
  const submit = useSubmit();
  const onSubmit = async (form: FormEvent) => {
    form.preventDefault();
    const zonePrices = Object.entries(prices)
      .filter(([, text]) => text.trim() !== '')
      .map(([zoneId, text]) => ({ zoneId, priceMinor: parseRoubles(text) ?? -1 }));
    if ((await submit.run(() => setEventZonePrices(event.id, zonePrices))) !== undefined) onSaved();
  };
  return (
    <form className="form" aria-label={t('calendar.zonePrices')} noValidate onSubmit={(form) => void onSubmit(form)}>
      <FormAlert>{inlineError(t, submit.error)}</FormAlert>
      <ZonePriceInputs zones={event.zones} prices={prices} onChange={setPrices} />
      <div>
        <Button type="submit" busy={submit.busy}>
          {t('calendar.savePrices')}
        </Button>
      </div>
    </form>
  );
}
