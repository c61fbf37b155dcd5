import { useState } from 'react';
import { formatDateTime } from '../../../i18n/format.ts';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { pickName } from '../../../i18n/lang.ts';
import { Button } from '../../../ui/button.tsx';
import { FormAlert, LoadError, Notice } from '../../../ui/loading.tsx';
import { useResource } from '../../../ui/use-resource.ts';
import { parseRoubles, roublesText } from '../shared/money-input.ts';
import { inlineError, useSubmit } from '../shared/use-submit.ts';
import { type ContractView, setContractPrices } from './corporate-endpoints.ts';
import { loadPriceTargets } from './price-targets.ts';
import { ZoneSelect } from './zone-select.tsx';

interface Row {
  key: number;
  kind: 'service' | 'event';
  targetId: string;
  zoneId: string;
  price: string;
}

/**
 * The special prices of a contract (seed 001): for a service, for an event, or for one
 * zone of an event. A special price wins over the catalog's for the organisation's orders.
 */
export function ContractPrices({ contract, onSaved }: { contract: ContractView; onSaved: (contract: ContractView) => void }) {
  const { t, lang } = useI18n();
  const targets = useResource(() => loadPriceTargets(contract.prices.flatMap((price) => (price.eventId ? [price.eventId] : []))), [contract.contractId]);
  const [rows, setRows] = useState<Row[]>(() =>
    contract.prices.map((price, key) => ({ key, kind: price.serviceId ? 'service' : 'event', targetId: price.serviceId ?? price.eventId ?? '', zoneId: price.zoneId ?? '', price: roublesText(price.priceMinor) })),
  );
  const [nextKey, setNextKey] = useState(contract.prices.length);
  const [saved, setSaved] = useState(false);
  const submit = useSubmit();
  const bad = rows.filter((row) => parseRoubles(row.price) === null || !row.targetId).map((row) => row.key);
  const change = (key: number, patch: Partial<Row>) => setRows(rows.map((row) => (row.key === key ? { ...row, ...patch } : row)));
  const save = async () => {
    setSaved(false);
    const prices = rows.map((row) =>
      row.kind === 'service'
        ? { serviceId: row.targetId, priceMinor: parseRoubles(row.price) ?? 0 }
        : { eventId: row.targetId, zoneId: row.zoneId || null, priceMinor: parseRoubles(row.price) ?? 0 },
    );
    const result = await submit.run(() => setContractPrices(contract.contractId, prices));
    if (result) {
      setSaved(true);
      onSaved(result);
    }
  };
  const services = targets.data?.services ?? [];
  const events = targets.data?.events ?? [];
  return (
    <section className="panel" aria-labelledby="contract-prices">
      <h2 id="contract-prices">{t('account.specialPrices')}</h2>
      <p>{t('corporate.pricesIntro')}</p>
      {targets.error ? <LoadError error={targets.error} onRetry={targets.reload} /> : null}
      <FormAlert>{inlineError(t, submit.error)}</FormAlert>
      {saved ? <Notice tone="success">{t('common.saved')}</Notice> : null}
      <table className="table">
        <caption>{t('account.specialPrices')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('corporate.priceFor')}</th>
            <th scope="col">{t('corporate.priceTarget')}</th>
            <th scope="col">{t('event.zone')}</th>
            <th scope="col">{t('services.priceRub')}</th>
            <th scope="col">{t('common.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row, index) => (
            <tr key={row.key}>
              <td>
                <select aria-label={t('corporate.rowKind', { row: index + 1 })} value={row.kind} onChange={(event) => change(row.key, { kind: event.target.value as Row['kind'], targetId: '', zoneId: '' })}>
                  <option value="service">{t('account.priceService')}</option>
                  <option value="event">{t('account.priceEvent')}</option>
                </select>
              </td>
              <td>
                <select aria-label={t('corporate.rowTarget', { row: index + 1 })} value={row.targetId} aria-invalid={!row.targetId || undefined} onChange={(event) => change(row.key, { targetId: event.target.value, zoneId: '' })}>
                  <option value="">{t('corporate.choose')}</option>
                  {row.kind === 'service'
                    ? services.map((service) => (
                        <option key={service.id} value={service.id}>
                          {pickName(lang, service.name, service.nameEn)}
                        </option>
                      ))
                    : events.map((event) => (
                        <option key={event.id} value={event.id}>
                          {event.title}, {formatDateTime(lang, event.startsAt)}
                        </option>
                      ))}
                </select>
              </td>
              <td>{row.kind === 'event' && row.targetId ? <ZoneSelect eventId={row.targetId} value={row.zoneId} row={index + 1} onChange={(zoneId) => change(row.key, { zoneId })} /> : '—'}</td>
              <td>
                <input aria-label={t('corporate.rowPrice', { row: index + 1 })} inputMode="decimal" size={9} value={row.price} aria-invalid={parseRoubles(row.price) === null || undefined} onChange={(event) => change(row.key, { price: event.target.value })} />
              </td>
              <td>
                <Button variant="link" onClick={() => setRows(rows.filter((item) => item.key !== row.key))}>
                  {t('services.removeRow')}
                </Button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {bad.length > 0 ? <p className="field-error">{t('corporate.rowsIncomplete')}</p> : null}
      <div className="actions">
        <Button onClick={() => { setRows([...rows, { key: nextKey, kind: 'service', targetId: '', zoneId: '', price: '' }]); setNextKey(nextKey + 1); }}>{t('services.addRow')}</Button>
        <Button variant="primary" onClick={() => void save()} busy={submit.busy} disabled={bad.length > 0}>
          {t('corporate.savePrices')}
        </Button>
      </div>
    </section>
  );
}
