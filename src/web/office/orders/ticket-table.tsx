import { getEvent, getService, type EventDetail, type ServiceDetail } from '../../endpoints/catalog.ts';
import { formatDateTime, formatMoney } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { pickName } from '../../i18n/lang.ts';
import { StatusBadge } from '../../ui/status-badge.tsx';
import { useResource } from '../../ui/use-resource.ts';
import type { StaffTicket } from './orders-api.ts';

export interface TicketSelection {
  selected: ReadonlySet<string>;
  onToggle: (ticketId: string) => void;
  /** Whether this ticket may be chosen for the action at hand. */
  selectable: (ticket: StaffTicket) => boolean;
  label: string;
}

/** The event, service and zone of each ticket, read once per order from the public catalog. */
function useTicketSubjects(tickets: readonly StaffTicket[]) {
  const eventIds = [...new Set(tickets.map((ticket) => ticket.eventId).filter((id): id is string => id !== null))];
  const serviceIds = [...new Set(tickets.map((ticket) => ticket.serviceId).filter((id): id is string => id !== null))];
  return useResource(async () => {
    const [events, services] = await Promise.all([
      Promise.all(eventIds.map((id) => getEvent(id).catch(() => null))),
      Promise.all(serviceIds.map((id) => getService(id).catch(() => null))),
    ]);
    return {
      events: new Map(events.filter((event): event is EventDetail => event !== null).map((event) => [event.id, event])),
      services: new Map(services.filter((service): service is ServiceDetail => service !== null).map((service) => [service.id, service])),
    };
  }, [eventIds.join(), serviceIds.join()]);
}

/** An order's tickets: what each admits to, its code once issued, status and frozen price; optionally with a choice. */
export function TicketTable({ tickets, currency, selection, caption }: { tickets: readonly StaffTicket[]; currency: string; selection?: TicketSelection; caption?: string }) {
  const { t, lang } = useI18n();
  const subjects = useTicketSubjects(tickets);
  const describe = (ticket: StaffTicket): string => {
    const event = ticket.eventId ? subjects.data?.events.get(ticket.eventId) : undefined;
    const service = ticket.serviceId ? subjects.data?.services.get(ticket.serviceId) : undefined;
    const zone = event?.zones.find((candidate) => candidate.id === ticket.zoneId);
    const parts = [
      service ? pickName(lang, service.name, service.nameEn) : null,
      event ? `${pickName(lang, event.title, event.titleEn)}, ${formatDateTime(lang, event.startsAt, event.venue.timeZone)}` : null,
      zone?.name ?? null,
      ticket.placeNo !== null ? t('orders.placeNo', { no: ticket.placeNo }) : null,
      ticket.unitNo !== null ? t('orders.unitNo', { no: ticket.unitNo }) : null,
    ];
    return parts.filter(Boolean).join(' · ');
  };
  if (tickets.length === 0) return <p className="muted">{t('orders.noTickets')}</p>;
  return (
    <div className="table-scroll">
      <table className="table ticket-table">
        {caption ? <caption>{caption}</caption> : null}
        <thead>
          <tr>
            {selection ? <th scope="col">{selection.label}</th> : null}
            <th scope="col">№</th>
            <th scope="col">{t('orders.ticketWhat')}</th>
            <th scope="col">{t('orders.ticketCode')}</th>
            <th scope="col">{t('common.status')}</th>
            <th scope="col" className="num">
              {t('common.price')}
            </th>
          </tr>
        </thead>
        <tbody>
          {tickets.map((ticket, index) => {
            const what = describe(ticket);
            return (
              <tr key={ticket.id} data-ticket-status={ticket.status}>
                {selection ? (
                  <td>
                    <input
                      type="checkbox"
                      aria-label={t('orders.chooseTicket', { no: index + 1 })}
                      checked={selection.selected.has(ticket.id)}
                      disabled={!selection.selectable(ticket)}
                      onChange={() => selection.onToggle(ticket.id)}
                    />
                  </td>
                ) : null}
                <td>{index + 1}</td>
                <td>{what || <span className="muted">{t('common.loading')}</span>}</td>
                <td>{ticket.code ? <code>{ticket.code}</code> : <span className="muted">{ticket.status === 'active' ? t('orders.codeOnIssue') : '—'}</span>}</td>
                <td>
                  <StatusBadge entity="ticket" status={ticket.status} />
                </td>
                <td className="num">{formatMoney(lang, ticket.priceMinor, currency)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
