import { getEvent, type EventDetail } from '../../endpoints/catalog.ts';
import { formatDateTime } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { pickName } from '../../i18n/lang.ts';
import { useResource } from '../../ui/use-resource.ts';
import { groupHolds, numberRanges, type HoldGroup } from './holds-summary.ts';
import type { HeldUnit } from './requests-api.ts';

/** What the request's hold has now: seats, places and units, held or sold, and until when. */
export function HoldsTable({ holds }: { holds: HeldUnit[] }) {
  const { t, lang } = useI18n();
  const groups = groupHolds(holds);
  const eventIds = [...new Set(groups.map((group) => group.eventId).filter((id): id is string => id !== null))];
  const events = useResource(
    async () => new Map((await Promise.all(eventIds.map((id) => getEvent(id).catch(() => null)))).filter((event): event is EventDetail => event !== null).map((event) => [event.id, event])),
    [eventIds.join()],
  );
  const what = (group: HoldGroup) => {
    const event = group.eventId ? events.data?.get(group.eventId) : undefined;
    const zone = event?.zones.find((candidate) => candidate.id === group.zoneId);
    const title = event ? pickName(lang, event.title, event.titleEn) : '';
    return [title, zone?.name].filter(Boolean).join(' · ') || t(`operator.holdKind.${group.kind}`);
  };
  return (
    <section aria-labelledby="holds-title">
      <h2 id="holds-title">{t('operator.holds')}</h2>
      {groups.length === 0 ? (
        <p className="muted">{t('operator.noHolds')}</p>
      ) : (
        <div className="table-scroll">
          <table className="table" aria-labelledby="holds-title">
            <thead>
              <tr>
                <th scope="col">{t('operator.holdWhat')}</th>
                <th scope="col" className="num">
                  {t('operator.holdCount')}
                </th>
                <th scope="col">{t('common.status')}</th>
                <th scope="col">{t('operator.heldUntil')}</th>
              </tr>
            </thead>
            <tbody>
              {groups.map((group, index) => (
                <tr key={index}>
                  <td>
                    {what(group)}
                    {group.numbers.length > 0 ? <span className="muted small"> · {t('operator.holdNumbers', { numbers: numberRanges(group.numbers) })}</span> : null}
                  </td>
                  <td className="num">{t(`operator.holdUnits.${group.kind}`, { count: group.count })}</td>
                  <td>{t(`operator.holdStatus.${group.status}`)}</td>
                  <td>{group.heldUntil ? formatDateTime(lang, group.heldUntil) : '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
