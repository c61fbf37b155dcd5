import { useState } from 'react';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { Button } from '../../../ui/button.tsx';
import { Dialog } from '../../../ui/dialog.tsx';
import { LoadError, Loading, Notice } from '../../../ui/loading.tsx';
import { useResource } from '../../../ui/use-resource.ts';
import { type EventSummary, type HallView, type VenueDetail, listHallEvents } from '../catalog-endpoints.ts';
import { addDays } from '../shared/wall-time.ts';
import { SessionEditor } from './session-editor.tsx';
import { SessionForm } from './session-form.tsx';
import { WeekGrid } from './week-grid.tsx';

type Open = { mode: 'create'; startsAt: string } | { mode: 'edit'; event: EventSummary } | null;

/** One hall's week: the grid, and the dialogs that schedule, move and cancel its sessions. */
export function HallWeek({ venue, hall, monday }: { venue: VenueDetail; hall: HallView; monday: string }) {
  const { t } = useI18n();
  const events = useResource(() => listHallEvents(hall.id, monday, addDays(monday, 6)), [hall.id, monday]);
  const [open, setOpen] = useState<Open>(null);
  const [done, setDone] = useState<string | null>(null);

  const finished = (message: string) => {
    setOpen(null);
    setDone(message);
    events.reload();
  };

  return (
    <>
      <div className="actions">
        <Button variant="primary" onClick={() => setOpen({ mode: 'create', startsAt: `${monday}T19:00` })}>
          {t('calendar.newSession')}
        </Button>
      </div>
      {done ? <Notice tone="success">{done}</Notice> : null}
      {events.error ? <LoadError error={events.error} onRetry={events.reload} /> : null}
      {events.loading && !events.data ? <Loading /> : null}
      {events.data ? (
        <WeekGrid
          events={events.data}
          monday={monday}
          timeZone={venue.timeZone}
          hallName={hall.name}
          onPick={(event) => setOpen({ mode: 'edit', event })}
          onSlot={(startsAt) => setOpen({ mode: 'create', startsAt })}
        />
      ) : null}
      <Dialog open={open?.mode === 'create'} title={t('calendar.newSessionIn', { hall: hall.name })} onClose={() => setOpen(null)}>
        {open?.mode === 'create' ? <SessionForm venue={venue} hall={hall} startsAt={open.startsAt} onCreated={() => finished(t('calendar.created'))} /> : null}
      </Dialog>
      <Dialog open={open?.mode === 'edit'} title={open?.mode === 'edit' ? open.event.title : ''} onClose={() => setOpen(null)}>
        {open?.mode === 'edit' ? <SessionEditor venue={venue} event={open.event} onChanged={(message) => finished(message)} /> : null}
      </Dialog>
    </>
  );
}
