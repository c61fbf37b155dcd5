import type { Translate } from '../../../i18n/i18n-context.tsx';
import type { SessionTypeView } from '../catalog-endpoints.ts';

/** "Films up to 150 min, rated up to 12+" — the seed-003 limits of a session type in words. */
export function sessionTypeLimits(t: Translate, type: Pick<SessionTypeView, 'maxDurationMinutes' | 'maxAgeRating'>): string {
  const parts = [
    type.maxDurationMinutes === null ? t('sessionType.anyLength') : t('sessionType.maxDuration', { minutes: type.maxDurationMinutes }),
    type.maxAgeRating === null ? t('sessionType.anyRating') : t('sessionType.maxRating', { rating: type.maxAgeRating }),
  ];
  return parts.join('; ');
}
