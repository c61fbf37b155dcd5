import { useMemo, useState } from 'react';
import type { ServiceDetail } from '../../endpoints/catalog.ts';
import { isApiError } from '../../api.ts';
import { formatMoney, formatWallDate } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { pickName } from '../../i18n/lang.ts';
import { Button } from '../../ui/button.tsx';
import { errorMessage } from '../../ui/error-text.ts';
import { CheckboxField, Fieldset, TextField } from '../../ui/field.tsx';
import { FormAlert, Loading } from '../../ui/loading.tsx';
import type { ServiceItem } from '../basket/basket-items.ts';
import { chosenVisitors, controlOfField, initialChoice, rulesOf, toLine, type Choice, type Control } from './configurator-rules.ts';
import { QuoteFactors } from './quote-factors.tsx';
import { useLiveQuote } from './use-live-quote.ts';

/**
 * The configurator of a museum-like service (seed 002): visit objects, visitors,
 * date and time, with a live quote. Locked parts are shown locked; a refused choice
 * is shown next to the control at fault, with the rule it breaks.
 */
export function Configurator({ service, timeZone, onAdd }: { service: ServiceDetail; timeZone: string; onAdd: (item: ServiceItem) => void }) {
  const { t, lang } = useI18n();
  const rules = useMemo(() => rulesOf(service, timeZone, new Date()), [service, timeZone]);
  const [choice, setChoice] = useState<Choice>(() => initialChoice(service));
  const line = useMemo(() => toLine(service, choice), [service, choice]);
  const live = useLiveQuote([line]);
  const name = (ru: string, en: string | null) => pickName(lang, ru, en);

  const refusal = live.status === 'refused' ? live.error : null;
  const control: Control | null = refusal ? (isApiError(refusal) ? controlOfField(service, choice, refusal.field) : 'service') : null;
  const errorAt = (at: Control): string | undefined => (control === at && refusal ? errorMessage(t, refusal) : undefined);

  const setObject = (id: string, on: boolean) =>
    setChoice({ ...choice, visitObjectIds: on ? [...choice.visitObjectIds, id] : choice.visitObjectIds.filter((other) => other !== id) });
  const setVisitors = (id: string, value: string) => setChoice({ ...choice, visitors: { ...choice.visitors, [id]: value === '' ? 0 : Number(value) } });

  const summary = (): string => {
    const parts: string[] = [];
    const objects = service.visitObjects.filter((object) => choice.visitObjectIds.includes(object.id)).map((object) => name(object.name, object.nameEn));
    if (objects.length > 0) parts.push(t('config.summaryObjects', { list: objects.join(', ') }));
    const visitors = chosenVisitors(service, choice).map(({ categoryId, count }) => {
      const category = service.visitorCategories.find((candidate) => candidate.id === categoryId)!;
      return `${name(category.name, category.nameEn)} × ${count}`;
    });
    if (visitors.length > 0) parts.push(t('config.summaryVisitors', { list: visitors.join(', ') }));
    if (line.visitorCount) parts.push(t('config.summaryVisitorCount', { count: line.visitorCount }));
    if (choice.visitDate) parts.push(t('config.summaryVisit', { when: `${formatWallDate(lang, choice.visitDate)}${choice.visitTime ? `, ${choice.visitTime}` : ''}` }));
    return parts.join('; ');
  };

  const add = () => {
    if (live.status !== 'ok') return;
    const quoted = live.quote.lines[0];
    onAdd({
      kind: 'service', key: `service:${service.id}:${Date.now()}`, serviceId: service.id, title: name(service.name, service.nameEn), summary: summary(),
      line, amountMinor: quoted?.amountMinor ?? null, currency: live.quote.currency,
    });
  };

  return (
    <section className="configurator" aria-labelledby="config-title">
      <h2 id="config-title">{t('config.title')}</h2>
      {rules.objects !== 'none' ? (
        <Fieldset
          legend={t('config.objects')}
          hint={[rules.objects === 'locked' ? t('config.objectsLocked') : t('config.objectsChoose'), rules.pricedByObject ? t('config.pricedByObject') : ''].filter(Boolean).join(' ')}
          error={errorAt('objects')}
        >
          {service.visitObjects
            .filter((object) => rules.objects === 'choose' || object.isRequire)
            .map((object) => {
              const locked = rules.objects === 'locked' || object.isRequire;
              const label = name(object.name, object.nameEn);
              return (
                <CheckboxField
                  key={object.id}
                  name={`object-${object.id}`}
                  label={rules.objects === 'choose' && object.isRequire ? t('config.objectRequired', { name: label }) : label}
                  checked={choice.visitObjectIds.includes(object.id)}
                  disabled={locked}
                  onChange={(event) => setObject(object.id, event.target.checked)}
                  hint={object.description || undefined}
                />
              );
            })}
        </Fieldset>
      ) : null}

      {rules.visitors !== 'none' ? (
        <Fieldset
          legend={t('config.visitors')}
          hint={[
            rules.visitors === 'locked' ? t('config.visitorsLocked') : '',
            rules.oneCategory ? t('config.oneCategory') : '',
            rules.pricedByCategory ? t('config.pricedByCategory') : '',
            rules.pricedByCount ? t('config.pricedByCount') : t('config.notByCount'),
          ].filter(Boolean).join(' ')}
          error={errorAt('visitors')}
        >
          <div className="form-row">
            {service.visitorCategories
              .filter((category) => rules.visitors === 'choose' || (category.requireVisitorCount ?? 0) > 0)
              .map((category) => (
                <TextField
                  key={category.id}
                  name={`visitors-${category.code}`}
                  type="number"
                  inputMode="numeric"
                  min={0}
                  label={t('config.categoryCount', { name: name(category.name, category.nameEn) })}
                  value={String(choice.visitors[category.id] ?? 0)}
                  readOnly={rules.visitors === 'locked'}
                  hint={rules.visitors === 'locked' ? t('config.locked') : undefined}
                  onChange={(event) => setVisitors(category.id, event.target.value)}
                  error={errorAt(`visitor:${category.id}`)}
                />
              ))}
          </div>
        </Fieldset>
      ) : null}

      {rules.askVisitorCount ? (
        <TextField
          name="visitorCount"
          type="number"
          inputMode="numeric"
          min={1}
          label={t('config.visitorCount')}
          hint={rules.pricedByCount ? t('config.pricedByCount') : t('config.notByCount')}
          value={choice.visitorCount === null ? '' : String(choice.visitorCount)}
          onChange={(event) => setChoice({ ...choice, visitorCount: event.target.value === '' ? null : Number(event.target.value) })}
          error={errorAt('visitorCount')}
        />
      ) : null}

      {rules.askVisit ? (
        <Fieldset
          legend={t('config.visit')}
          hint={rules.validity?.kind === 'within_window' ? t('config.window', { from: formatWallDate(lang, rules.validity.from), to: formatWallDate(lang, rules.validity.to) }) : undefined}
        >
          <div className="form-row">
            <TextField
              name="visitDate"
              type="date"
              label={t('config.visitDate')}
              required={rules.needDate}
              min={rules.dateMin}
              max={rules.dateMax}
              hint={rules.needDate ? t('config.dateRequired') : t('config.dateOptional')}
              value={choice.visitDate}
              onChange={(event) => setChoice({ ...choice, visitDate: event.target.value })}
              error={errorAt('visitDate')}
            />
            <TextField
              name="visitTime"
              type="time"
              label={t('config.visitTime')}
              required={rules.needTime}
              hint={rules.needTime ? t('config.timeRequired') : t('config.dateOptional')}
              value={choice.visitTime}
              onChange={(event) => setChoice({ ...choice, visitTime: event.target.value })}
              error={errorAt('visitTime')}
            />
          </div>
        </Fieldset>
      ) : null}
      {rules.validity && rules.validity.kind !== 'within_window' ? (
        <p>{rules.validity.kind === 'days_from_payment' ? t('config.validFromPayment', { days: rules.validity.days }) : t('config.validFromFirstVisit', { days: rules.validity.days })}</p>
      ) : null}

      <div className="quote-box" aria-live="polite">
        <h3>{t('config.quote')}</h3>
        {live.status === 'loading' ? <Loading label={t('config.quoting')} /> : null}
        {live.status === 'refused' ? (
          <FormAlert>
            {t('config.refused')} {control === 'service' ? errorMessage(t, refusal) : ''}
          </FormAlert>
        ) : null}
        {live.quote ? (
          <>
            <p className="price-large" data-testid="quote-total">
              {formatMoney(lang, live.quote.totalMinor, live.quote.currency)}
            </p>
            {live.quote.lines[0] ? <QuoteFactors line={live.quote.lines[0]} /> : null}
          </>
        ) : null}
      </div>
      <Button variant="primary" onClick={add} disabled={live.status !== 'ok'}>
        {t('config.addToBasket')}
      </Button>
    </section>
  );
}
