import { useState } from 'react';
import { formatMoney } from '../../../i18n/format.ts';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { pickName } from '../../../i18n/lang.ts';
import { Button } from '../../../ui/button.tsx';
import { Dialog } from '../../../ui/dialog.tsx';
import { TextField } from '../../../ui/field.tsx';
import { LoadError, Loading } from '../../../ui/loading.tsx';
import { usePageTitle } from '../../../ui/page-title.ts';
import { Pager } from '../../../ui/pager.tsx';
import { useResource } from '../../../ui/use-resource.ts';
import { type FilmView, listFilms } from '../catalog-endpoints.ts';
import { FilmForm } from './film-form.tsx';

const pageSize = 20;

/** Films with their posters, base prices, durations and age ratings; added and changed here. */
export function FilmsPage() {
  const { t, lang } = useI18n();
  usePageTitle(t('catalogAdmin.films'));
  const [q, setQ] = useState('');
  const [offset, setOffset] = useState(0);
  const films = useResource(() => listFilms({ q: q.trim() || undefined, limit: pageSize, offset }), [q, offset]);
  const [editing, setEditing] = useState<FilmView | 'new' | null>(null);
  const saved = () => {
    setEditing(null);
    films.reload();
  };
  return (
    <section aria-labelledby="films-title">
      <h1 id="films-title">{t('catalogAdmin.films')}</h1>
      <div className="inline-form">
        <TextField name="q" type="search" label={t('catalogAdmin.findFilm')} value={q} onChange={(event) => { setQ(event.target.value); setOffset(0); }} />
        <Button variant="primary" onClick={() => setEditing('new')}>
          {t('catalogAdmin.addFilm')}
        </Button>
      </div>
      {films.loading && !films.data ? <Loading /> : null}
      {films.error ? <LoadError error={films.error} onRetry={films.reload} /> : null}
      {films.data ? (
        <div className="table-scroll">
          <table className="table">
            <caption>{t('catalogAdmin.films')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('catalogAdmin.poster')}</th>
                <th scope="col">{t('catalogAdmin.filmTitle')}</th>
                <th scope="col" className="num">{t('catalog.basePrice')}</th>
                <th scope="col" className="num">{t('catalogAdmin.duration')}</th>
                <th scope="col">{t('catalogAdmin.ageRating')}</th>
                <th scope="col">{t('common.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {films.data.items.map((film) => (
                <tr key={film.id}>
                  <td>{film.posterUrl ? <img src={film.posterUrl} alt="" width={48} height={72} className="poster" loading="lazy" /> : '—'}</td>
                  <td>{pickName(lang, film.title, film.titleEn)}</td>
                  <td className="num">{formatMoney(lang, film.basePriceMinor)}</td>
                  <td className="num">{t('catalogAdmin.minutes', { minutes: film.durationMinutes })}</td>
                  <td>{film.ageRating}+</td>
                  <td>
                    <Button variant="link" onClick={() => setEditing(film)} aria-label={t('catalogAdmin.editFilmNamed', { title: film.title })}>
                      {t('catalogAdmin.edit')}
                    </Button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <Pager total={films.data.total} limit={pageSize} offset={offset} onOffset={setOffset} />
        </div>
      ) : null}
      <Dialog open={editing !== null} title={editing === 'new' ? t('catalogAdmin.addFilm') : t('catalogAdmin.editFilm')} onClose={() => setEditing(null)}>
        {editing !== null ? <FilmForm film={editing === 'new' ? undefined : editing} onSaved={saved} /> : null}
      </Dialog>
    </section>
  );
}
