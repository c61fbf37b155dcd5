import { useState } from 'react';
import { formatMoney } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { Button } from '../../ui/button.tsx';
import { StatusBadge } from '../../ui/status-badge.tsx';
import { LineEditor } from './line-editor.tsx';
import type { RequestDetail } from './requests-api.ts';

/** The lines as the client asked and as adjusted, each open to change while the request is. */
export function RequestLines({ detail, onChanged }: { detail: RequestDetail; onChanged: (next: RequestDetail, outcome?: string) => void }) {
  const { t, lang } = useI18n();
  const [editing, setEditing] = useState<string | null>(null);
  const open = detail.status === 'not_processed' || detail.status === 'in_processing';
  const line = detail.lines.find((candidate) => candidate.id === editing && candidate.status === 'active');
  return (
    <section aria-labelledby="lines-title">
      <h2 id="lines-title">{t('operator.lines')}</h2>
      <div className="table-scroll">
        <table className="table" aria-labelledby="lines-title">
          <thead>
            <tr>
              <th scope="col">№</th>
              <th scope="col">{t('operator.lineWhat')}</th>
              <th scope="col">{t('common.status')}</th>
              <th scope="col" className="num">
                {t('operator.quantity')}
              </th>
              <th scope="col" className="num">
                {t('operator.unitPrice')}
              </th>
              <th scope="col" className="num">
                {t('operator.amount')}
              </th>
              {open ? <th scope="col">{t('common.actions')}</th> : null}
            </tr>
          </thead>
          <tbody>
            {detail.lines.map((item) => (
              <tr key={item.id} className={item.status === 'refused' ? 'line-refused' : undefined} data-testid={`line-${item.lineNo}`}>
                <td>{item.lineNo}</td>
                <td>
                  <span data-testid="line-description">{item.description ?? '—'}</span>
                  {item.priceOverride ? (
                    <p className="small muted">
                      {t('operator.priceOverridden', {
                        price: formatMoney(lang, item.priceOverride.unitPriceMinor, item.currency),
                        list: item.priceOverride.listUnitPriceMinor === null ? '—' : formatMoney(lang, item.priceOverride.listUnitPriceMinor, item.currency),
                        reason: item.priceOverride.reason,
                      })}
                    </p>
                  ) : null}
                  {item.refusedReason ? <p className="small">{t('operator.refusedBecause', { reason: item.refusedReason })}</p> : null}
                </td>
                <td>
                  <StatusBadge entity="line" status={item.status} />
                </td>
                <td className="num" data-testid="line-quantity">
                  {item.quantity}
                </td>
                <td className="num">{item.unitPriceMinor === null ? '—' : formatMoney(lang, item.unitPriceMinor, item.currency)}</td>
                <td className="num">{formatMoney(lang, item.amountMinor, item.currency)}</td>
                {open ? (
                  <td>
                    {item.status === 'active' ? (
                      <Button variant="link" onClick={() => setEditing(editing === item.id ? null : item.id)} aria-expanded={editing === item.id}>
                        {t('operator.adjustLine', { no: item.lineNo })}
                      </Button>
                    ) : null}
                  </td>
                ) : null}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {open && line ? (
        <LineEditor
          key={line.id + line.amountMinor + line.seatIds.join()}
          requestId={detail.id}
          line={line}
          onClose={() => setEditing(null)}
          onChanged={(next, outcome) => {
            onChanged(next, outcome);
            if (!next.lines.some((candidate) => candidate.id === line.id && candidate.status === 'active')) setEditing(null);
          }}
        />
      ) : null}
    </section>
  );
}
