import type { OrderDetail } from '../../endpoints/booking.ts';
import { getEvent, getService, type EventDetail, type ServiceDetail } from '../../endpoints/catalog.ts';
import { formatDateTime, formatMoney } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { pickName } from '../../i18n/lang.ts';
import { StatusBadge } from '../../ui/status-badge.tsx';
import { useResource } from '../../ui/use-resource.ts';

/** The tickets of an order, with the event and zone they admit to and their frozen price. */
export function TicketTable({ tickets, currency }: { tickets: OrderDetail['tickets']; currency: string }) {
  const { t, lang } = useI18n();
  const eventIds = [...new Set(tickets.map((ticket) => ticket.eventId).filter((id): id is string => id !== null))];
  const serviceIds = [...new Set(tickets.filter((ticket) => ticket.eventId === null).map((ticket) => ticket.serviceId).filter((id): id is string => id !== null))];
  // What a ticket admits to, by name: the catalog is asked once per event or service of the order.
  const events = useResource(
    async () => new Map<string, EventDetail>((await Promise.all(eventIds.map((id) => getEvent(id).catch(() => null)))).filter((event): event is EventDetail => event !== null).map((event) => [event.id, event])),
    [eventIds.join(',')],
  );
  const services = useResource(
    async () => new Map<string, ServiceDetail>((await Promise.all(serviceIds.map((id) => getService(id).catch(() => null)))).filter((service): service is ServiceDetail => service !== null).map((service) => [service.id, service])),
    [serviceIds.join(',')],
  );
  if (tickets.length === 0) return null;
  const describe = (ticket: OrderDetail['tickets'][number]) => {
    const event = ticket.eventId ? events.data?.get(ticket.eventId) : undefined;
    const service = !event && ticket.serviceId ? services.data?.get(ticket.serviceId) : undefined;
    if (service) return pickName(lang, service.name, service.nameEn);
    if (!event) return '';
    const zone = event.zones.find((candidate) => candidate.id === ticket.zoneId);
    return `${pickName(lang, event.title, event.titleEn)}, ${formatDateTime(lang, event.startsAt, event.venue.timeZone)}${zone ? ` · ${zone.name}` : ''}`;
  };
  return (
    <section aria-labelledby="tickets-title">
      <h2 id="tickets-title">{t('account.tickets')}</h2>
      <div className="table-scroll">
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{t('account.ticketFor')}</th>
              <th scope="col">{t('account.ticketCode')}</th>
              <th scope="col">{t('common.status')}</th>
              <th scope="col" className="num">
                {t('common.price')}
              </th>
            </tr>
          </thead>
          <tbody>
            {tickets.map((ticket) => (
              <tr key={ticket.id}>
                <td>{describe(ticket)}</td>
                <td>{ticket.code ?? <span className="muted">{t('account.ticketCodeLater')}</span>}</td>
                <td>
                  <StatusBadge entity="ticket" status={ticket.status} />
                </td>
                <td className="num">{formatMoney(lang, ticket.priceMinor, currency)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
