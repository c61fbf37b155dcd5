import { useState, type FormEvent } from 'react';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { Button } from '../../../ui/button.tsx';
import { formErrors } from '../../../ui/error-text.ts';
import { SelectField, TextField } from '../../../ui/field.tsx';
import { FormAlert } from '../../../ui/loading.tsx';
import { type FilmView, createFilm, updateFilm } from '../catalog-endpoints.ts';
import { parseRoubles, roublesText } from '../shared/money-input.ts';
import { useSubmit } from '../shared/use-submit.ts';

export const ageRatings = [0, 6, 12, 16, 18] as const;
const fields = ['title', 'titleEn', 'description', 'posterUrl', 'basePriceMinor', 'durationMinutes', 'ageRating'] as const;

/** A film: its title, poster (a link to the image), base price, duration and age rating. */
export function FilmForm({ film, onSaved }: { film?: FilmView | undefined; onSaved: (film: FilmView) => void }) {
  const { t } = useI18n();
  const [form, setForm] = useState({
    title: film?.title ?? '',
    titleEn: film?.titleEn ?? '',
    description: film?.description ?? '',
    posterUrl: film?.posterUrl ?? '',
    price: film ? roublesText(film.basePriceMinor) : '',
    durationMinutes: String(film?.durationMinutes ?? ''),
    ageRating: String(film?.ageRating ?? 0),
  });
  const [priceError, setPriceError] = useState<string | undefined>();
  const submit = useSubmit();
  const errors = formErrors(t, submit.error, fields);
  const set = (name: keyof typeof form) => (event: { target: { value: string } }) => setForm({ ...form, [name]: event.target.value });

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const basePriceMinor = parseRoubles(form.price);
    setPriceError(basePriceMinor === null ? t('catalogAdmin.priceInvalid') : undefined);
    if (basePriceMinor === null) return;
    const body = {
      title: form.title,
      titleEn: form.titleEn || null,
      description: form.description,
      posterUrl: form.posterUrl.trim() || null,
      basePriceMinor,
      durationMinutes: Number(form.durationMinutes) || 0,
      ageRating: Number(form.ageRating) as (typeof ageRatings)[number],
    };
    const saved = await submit.run(() => (film ? updateFilm(film.id, body) : createFilm(body)));
    if (saved) onSaved(saved);
  };

  return (
    <form className="form" onSubmit={(event) => void onSubmit(event)} noValidate aria-label={film ? t('catalogAdmin.editFilm') : t('catalogAdmin.addFilm')}>
      <FormAlert>{errors.general}</FormAlert>
      <TextField name="title" label={t('catalogAdmin.filmTitle')} value={form.title} onChange={set('title')} error={errors.byField.title} required />
      <TextField name="titleEn" label={t('catalogAdmin.titleEn')} value={form.titleEn} onChange={set('titleEn')} error={errors.byField.titleEn} />
      <TextField name="posterUrl" type="url" label={t('catalogAdmin.posterUrl')} value={form.posterUrl} onChange={set('posterUrl')} error={errors.byField.posterUrl} hint={t('catalogAdmin.posterHint')} />
      {form.posterUrl.startsWith('http') ? <img src={form.posterUrl} alt={t('catalogAdmin.posterPreview')} width={96} height={144} className="poster" /> : null}
      <div className="form-row">
        <TextField name="price" inputMode="decimal" label={t('catalogAdmin.basePriceRub')} value={form.price} onChange={set('price')} error={priceError ?? errors.byField.basePriceMinor} required />
        <TextField name="durationMinutes" type="number" min={1} label={t('catalogAdmin.durationMinutes')} value={form.durationMinutes} onChange={set('durationMinutes')} error={errors.byField.durationMinutes} required />
        <SelectField name="ageRating" label={t('catalogAdmin.ageRating')} value={form.ageRating} onChange={set('ageRating')} error={errors.byField.ageRating}>
          {ageRatings.map((rating) => (
            <option key={rating} value={rating}>
              {rating}+
            </option>
          ))}
        </SelectField>
      </div>
      <TextField name="description" label={t('common.description')} value={form.description} onChange={set('description')} error={errors.byField.description} />
      <div>
        <Button type="submit" variant="primary" busy={submit.busy} busyLabel={t('common.saving')}>
          {t('common.save')}
        </Button>
      </div>
    </form>
  );
}
