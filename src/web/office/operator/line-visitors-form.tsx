import { useState, type FormEvent } from 'react';
import { getService } from '../../endpoints/catalog.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { pickName } from '../../i18n/lang.ts';
import { Button } from '../../ui/button.tsx';
import { formErrors } from '../../ui/error-text.ts';
import { TextField } from '../../ui/field.tsx';
import { FormAlert, LoadError, Loading } from '../../ui/loading.tsx';
import { useResource } from '../../ui/use-resource.ts';
import type { RequestLine } from './requests-api.ts';
import type { useAdjust } from './use-adjust.ts';

interface Visitors {
  categoryId: string;
  count: number;
}

const visitorsOf = (choice: Record<string, unknown>): Visitors[] => (Array.isArray(choice.visitors) ? (choice.visitors as Visitors[]) : []);

/**
 * The visitors of a museum-like line by category: every category of the service with
 * its count (0 leaves it out). Whether categories may change at all is the service's
 * flags' business: the server refuses with the flag named, and the form shows it.
 */
export function LineVisitorsForm({ serviceId, line, adjust }: { serviceId: string; line: RequestLine; adjust: ReturnType<typeof useAdjust> }) {
  const { t, lang } = useI18n();
  const service = useResource(() => getService(serviceId), [serviceId]);
  const [counts, setCounts] = useState<Record<string, string>>(() => Object.fromEntries(visitorsOf(line.choice).map((visitors) => [visitors.categoryId, String(visitors.count)])));
  const errors = formErrors(t, adjust.errorOf('visitors'), ['visitors']);
  if (service.error) return <LoadError error={service.error} onRetry={service.reload} />;
  if (!service.data) return <Loading />;
  const categories = service.data.visitorCategories;
  if (categories.length === 0) return null;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const visitors = categories.map((category) => ({ categoryId: category.id, count: Number(counts[category.id] ?? 0) })).filter((entry) => entry.count > 0);
    void adjust.submit('visitors', { visitors }, t('operator.visitorsChanged', { no: line.lineNo }));
  };
  return (
    <form className="form line-form" onSubmit={submit} noValidate aria-label={t('operator.changeVisitors')}>
      <h4>{t('operator.changeVisitors')}</h4>
      <FormAlert>{errors.general ?? errors.byField.visitors}</FormAlert>
      <div className="form-row">
        {categories.map((category) => (
          <TextField
            key={category.id}
            name={`visitors.${category.id}`}
            type="number"
            min={0}
            step={1}
            label={pickName(lang, category.name, category.nameEn)}
            value={counts[category.id] ?? '0'}
            onChange={(event) => setCounts((current) => ({ ...current, [category.id]: event.target.value }))}
          />
        ))}
      </div>
      <div>
        <Button type="submit" busy={adjust.busy === 'visitors'}>
          {t('operator.changeVisitors')}
        </Button>
      </div>
    </form>
  );
}
