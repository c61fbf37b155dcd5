import { Route, Routes } from 'react-router';
import { NotFoundPage } from '../../ui/pages.tsx';
import { CalendarPage } from './calendar/calendar-page.tsx';
import { FilmsPage } from './films/films-page.tsx';
import { SessionTypesPage } from './films/session-types-page.tsx';
import { LayoutImportPage } from './layout/layout-import-page.tsx';
import { ServicePage } from './services/service-page.tsx';
import { ServicesPage } from './services/services-page.tsx';
import { VisitObjectsPage } from './services/visit-objects-page.tsx';
import { VisitorCategoriesPage } from './services/visitor-categories-page.tsx';
import { SectionNav } from './shared/section-nav.tsx';
import { HallTypesPage } from './venues/hall-types-page.tsx';
import { VenuePage } from './venues/venue-page.tsx';
import { VenuesPage } from './venues/venues-page.tsx';

const pages = [
  { path: '', label: 'catalogAdmin.venues' },
  { path: 'hall-types', label: 'catalogAdmin.hallTypes' },
  { path: 'films', label: 'catalogAdmin.films' },
  { path: 'session-types', label: 'catalogAdmin.sessionTypes' },
  { path: 'calendar', label: 'calendar.title' },
  { path: 'services', label: 'catalogAdmin.services' },
  { path: 'visit-objects', label: 'catalogAdmin.visitObjects' },
  { path: 'visitor-categories', label: 'catalogAdmin.visitorCategories' },
] as const;

/** The manager's catalog: venues and halls, films and session types, the sessions calendar, services. */
export function CatalogSection() {
  return (
    <div className="page">
      <SectionNav label="catalogAdmin.nav" base="/office/catalog" pages={pages} />
      <Routes>
        <Route index element={<VenuesPage />} />
        <Route path="venues/:venueId" element={<VenuePage />} />
        <Route path="halls/:hallId/layout" element={<LayoutImportPage />} />
        <Route path="hall-types" element={<HallTypesPage />} />
        <Route path="films" element={<FilmsPage />} />
        <Route path="session-types" element={<SessionTypesPage />} />
        <Route path="calendar" element={<CalendarPage />} />
        <Route path="services" element={<ServicesPage />} />
        <Route path="services/:serviceId" element={<ServicePage />} />
        <Route path="visit-objects" element={<VisitObjectsPage />} />
        <Route path="visitor-categories" element={<VisitorCategoriesPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Routes>
    </div>
  );
}
