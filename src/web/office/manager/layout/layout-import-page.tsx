import { useState, type ChangeEvent } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { isApiError } from '../../../api.ts';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { Button } from '../../../ui/button.tsx';
import { errorMessage } from '../../../ui/error-text.ts';
import { SelectField } from '../../../ui/field.tsx';
import { LoadError, Loading, Notice } from '../../../ui/loading.tsx';
import { usePageTitle } from '../../../ui/page-title.ts';
import { useResource } from '../../../ui/use-resource.ts';
import { getVenue, importHallLayout } from '../catalog-endpoints.ts';
import { useSubmit } from '../shared/use-submit.ts';
import { LayoutPreview } from './layout-preview.tsx';
import { type FileProblem, type LayoutRead, readLayoutFile, serverPath } from './read-layout-file.ts';

/**
 * Replaces a hall's zones, rows and seats from a layout file: the file is read and
 * drawn in the browser first; only "Save" sends it. Every mistake names its place in
 * the file (line and column, or the JSON path), whether the browser or the server found it.
 */
export function LayoutImportPage() {
  const { t } = useI18n();
  const { hallId = '' } = useParams();
  const [params] = useSearchParams();
  const venueId = params.get('venue') ?? '';
  const venue = useResource(() => getVenue(venueId), [venueId]);
  const hall = venue.data?.halls.find((item) => item.id === hallId);
  usePageTitle(t('layout.title'));
  const [read, setRead] = useState<LayoutRead | null>(null);
  const [fileName, setFileName] = useState('');
  const [chosen, setChosen] = useState(0);
  const [savedSeats, setSavedSeats] = useState<number | null>(null);
  const submit = useSubmit();
  const candidate = read?.ok ? read.candidates[chosen] : undefined;

  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    if (!file) return;
    setFileName(file.name);
    setSavedSeats(null);
    submit.clear();
    setChosen(0);
    setRead(readLayoutFile(await file.text()));
  };
  const save = async () => {
    if (!candidate) return;
    const saved = await submit.run(() => importHallLayout(hallId, candidate.layout));
    if (saved) {
      setSavedSeats(saved.zones.reduce((sum, zone) => sum + zone.seatCount, 0));
      venue.reload();
    }
  };

  if (venue.loading && !venue.data) return <Loading />;
  if (venue.error || !hall) return <LoadError error={venue.error ?? new Error('hall')} onRetry={venue.reload} />;
  const problems: FileProblem[] = read && !read.ok ? read.problems : (candidate?.problems ?? []);
  const serverProblems = isApiError(submit.error) ? submit.error.fieldErrors().map(({ field, message }) => ({ where: serverPath(field), message })) : [];

  return (
    <section aria-labelledby="layout-title">
      <h1 id="layout-title">{t('layout.titleOf', { hall: hall.name })}</h1>
      <p>
        <Link to={`/office/catalog/venues/${venueId}`}>← {venue.data?.name}</Link>
      </p>
      <p>{t('layout.intro')}</p>
      <p className="muted">{t('layout.current', { zones: hall.zones.length, seats: hall.zones.reduce((sum, zone) => sum + zone.seatCount, 0) })}</p>
      <div className="field">
        <label htmlFor="layout-file">{t('layout.file')}</label>
        <input id="layout-file" type="file" accept=".json,application/json" onChange={(event) => void onFile(event)} aria-describedby="layout-file-hint" />
        <p id="layout-file-hint" className="field-hint">
          {t('layout.fileHint')}
        </p>
      </div>
      {read?.ok && read.candidates.length > 1 ? (
        <SelectField name="hallInFile" label={t('layout.hallInFile')} value={String(chosen)} onChange={(event) => setChosen(Number(event.target.value))}>
          {read.candidates.map((item, index) => (
            <option key={index} value={index}>
              {item.name}
            </option>
          ))}
        </SelectField>
      ) : null}
      <ProblemList title={t('layout.fileProblems', { file: fileName })} problems={problems} />
      {submit.error ? <ProblemList title={errorMessage(t, submit.error)} problems={serverProblems} always /> : null}
      {savedSeats !== null ? <Notice tone="success">{t('layout.saved', { seats: savedSeats })}</Notice> : null}
      {candidate ? (
        <>
          <h2>{t('layout.preview')}</h2>
          <LayoutPreview layout={candidate} />
          <div className="actions">
            <Button variant="primary" onClick={() => void save()} busy={submit.busy} disabled={problems.length > 0 || savedSeats !== null}>
              {t('layout.save', { seats: candidate.seats.length })}
            </Button>
          </div>
        </>
      ) : null}
    </section>
  );
}

function ProblemList({ title, problems, always = false }: { title: string; problems: FileProblem[]; always?: boolean }) {
  if (problems.length === 0 && !always) return null;
  return (
    <div className="alert alert-error" role="alert">
      <p className="alert-title">{title}</p>
      <ul>
        {problems.map((problem, index) => (
          <li key={index}>
            <code>{problem.where}</code>: {problem.message}
          </li>
        ))}
      </ul>
    </div>
  );
}
