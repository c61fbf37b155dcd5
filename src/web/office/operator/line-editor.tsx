import { useI18n } from '../../i18n/i18n-context.tsx';
import { Button } from '../../ui/button.tsx';
import { LinePriceForm, LineQuantityForm, LineRemoveForm } from './line-forms.tsx';
import { LineVisitorsForm } from './line-visitors-form.tsx';
import type { RequestDetail, RequestLine } from './requests-api.ts';
import { SeatReassign } from './seat-reassign.tsx';
import { useAdjust } from './use-adjust.ts';

/**
 * Changing one line: other seats on the event's map (seated lines), the quantity
 * (general admission, goods, simple services), the visitors by category (museum
 * lines), a price of the operator's own with a reason, or refusing the line.
 */
export function LineEditor({ requestId, line, onClose, onChanged }: { requestId: string; line: RequestLine; onClose: () => void; onChanged: (next: RequestDetail, outcome?: string) => void }) {
  const { t } = useI18n();
  const adjust = useAdjust(requestId, line.id, onChanged);
  const seated = line.eventId !== null && line.seatIds.length > 0;
  const visitors = Array.isArray(line.choice.visitors) || line.kind === 'museum';
  return (
    <section className="line-editor" aria-labelledby="line-editor-title">
      <div className="line-editor-header">
        <h3 id="line-editor-title">{t('operator.editorTitle', { no: line.lineNo })}</h3>
        <Button variant="link" onClick={onClose}>
          {t('common.close')}
        </Button>
      </div>
      <p className="muted">{line.description}</p>
      {seated && line.eventId ? <SeatReassign eventId={line.eventId} line={line} adjust={adjust} /> : null}
      {!seated && !visitors ? <LineQuantityForm line={line} adjust={adjust} /> : null}
      {visitors && line.serviceId ? <LineVisitorsForm serviceId={line.serviceId} line={line} adjust={adjust} /> : null}
      <LinePriceForm line={line} adjust={adjust} />
      <LineRemoveForm line={line} adjust={adjust} />
    </section>
  );
}
