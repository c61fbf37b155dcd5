import { Link, useParams } from 'react-router';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { pickName } from '../../../i18n/lang.ts';
import { LoadError, Loading } from '../../../ui/loading.tsx';
import { usePageTitle } from '../../../ui/page-title.ts';
import { useResource } from '../../../ui/use-resource.ts';
import { getVenue } from '../catalog-endpoints.ts';
import { getService, listVisitObjects, listVisitorCategories } from '../service-endpoints.ts';
import { CategoryOptions } from './category-options.tsx';
import { DateRulesForm } from './date-rules-form.tsx';
import { FlagsForm } from './flags-form.tsx';
import { ObjectOptions } from './object-options.tsx';
import { PriceTableEditor } from './price-table-editor.tsx';
import { ServiceForm } from './service-form.tsx';

/** One service: its details, its seed-002 flags and date rules, its visit objects, visitor categories and price table. */
export function ServicePage() {
  const { t, lang } = useI18n();
  const { serviceId = '' } = useParams();
  const service = useResource(() => getService(serviceId), [serviceId]);
  const venueId = service.data?.venueId;
  const objects = useResource(() => (venueId ? listVisitObjects(venueId) : Promise.resolve({ items: [] })), [venueId]);
  const categories = useResource(() => listVisitorCategories(), []);
  const venue = useResource(() => (venueId ? getVenue(venueId) : Promise.resolve(null)), [venueId]);
  const name = service.data ? pickName(lang, service.data.name, service.data.nameEn) : '';
  usePageTitle(name || t('catalogAdmin.services'));

  if (service.loading && !service.data) return <Loading />;
  if (service.error || !service.data) return <LoadError error={service.error} onRetry={service.reload} />;
  const data = service.data;
  const saved = service.setData;
  return (
    <section aria-labelledby="service-title">
      <p>
        <Link to={`/office/catalog/services?venue=${data.venueId}`}>← {t('catalogAdmin.services')}</Link>
      </p>
      <h1 id="service-title">{name}</h1>
      <p className="muted">{t(`serviceKind.${data.kind}`)}</p>
      <ServiceForm key={`form-${data.id}`} service={data} onSaved={saved} />
      <FlagsForm key={`flags-${data.id}`} service={data} onSaved={saved} />
      {venue.data ? <DateRulesForm key={`dates-${data.id}`} service={data} timeZone={venue.data.timeZone} onSaved={saved} /> : null}
      <ObjectOptions key={`objects-${data.id}-${data.visitObjects.length}`} service={data} objects={objects.data?.items ?? []} onSaved={saved} />
      <CategoryOptions key={`categories-${data.id}-${data.visitorCategories.length}`} service={data} categories={categories.data?.items ?? []} onSaved={saved} />
      <PriceTableEditor key={`prices-${data.id}`} service={data} onSaved={saved} />
    </section>
  );
}
