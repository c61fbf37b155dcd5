import { useState } from 'react';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { Button } from '../../ui/button.tsx';
import { errorMessage } from '../../ui/error-text.ts';
import { FormAlert } from '../../ui/loading.tsx';
import { cachedClient } from '../shared/clients-api.ts';
import { clientName } from '../shared/client-summary.tsx';
import { listOrders, maxPageSize, type OrderQuery, type StaffOrderItem } from './orders-api.ts';
import { ordersCsv, ordersCsvName } from './orders-csv.ts';

// Enough for a month of a busy box office; a bigger export belongs in the reports.
const maxRows = 10_000;

/** Every order under the filters (all pages, not just the one shown) as a CSV download. */
export function ExportOrders({ query, disabled }: { query: OrderQuery; disabled: boolean }) {
  const { t } = useI18n();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [note, setNote] = useState<string | null>(null);

  const run = async () => {
    setBusy(true);
    setError(null);
    setNote(null);
    try {
      const items: StaffOrderItem[] = [];
      let total = Infinity;
      while (items.length < Math.min(total, maxRows)) {
        const page = await listOrders({ ...query, limit: maxPageSize, offset: items.length });
        total = page.total;
        items.push(...page.items);
        if (page.items.length === 0) break;
      }
      const names = new Map<string, string | null>();
      const clientIds = [...new Set(items.map((item) => item.clientId))];
      // A few at a time: a thousand clients must not become a thousand requests at once.
      for (let start = 0; start < clientIds.length; start += 8) {
        await Promise.all(clientIds.slice(start, start + 8).map(async (clientId) => names.set(clientId, await cachedClient(clientId).then(clientName, () => null))));
      }
      download(ordersCsv(t, items.map((item) => ({ ...item, clientName: names.get(item.clientId) ?? null }))), ordersCsvName(new Date()));
      setNote(total > maxRows ? t('orders.csv.truncated', { count: maxRows, total }) : t('orders.csv.done', { count: items.length }));
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="export-orders">
      <Button onClick={() => void run()} busy={busy} busyLabel={t('orders.csv.making')} disabled={disabled}>
        {t('orders.csv.export')}
      </Button>
      {note ? (
        <span className="muted small" role="status">
          {' '}
          {note}
        </span>
      ) : null}
      {error ? <FormAlert>{errorMessage(t, error)}</FormAlert> : null}
    </div>
  );
}

function download(text: string, fileName: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
