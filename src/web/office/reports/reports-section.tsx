import { Navigate, Route, Routes, useLocation } from 'react-router';
import { NotFoundPage } from '../../ui/pages.tsx';
import { SectionNav } from '../manager/shared/section-nav.tsx';
import { BalancesPage } from './balances-page.tsx';
import { BestFilmPage } from './best-film-page.tsx';
import { OccupancyPage } from './occupancy-page.tsx';
import { SalesPage } from './sales-page.tsx';

const pages = [
  { path: 'best-film', label: 'reports.bestFilm.title' },
  { path: 'sales', label: 'reports.sales.title' },
  { path: 'occupancy', label: 'reports.occupancy.title' },
  { path: 'balances', label: 'reports.balances.title' },
] as const;

/** Reports with charts and CSV: the most profitable film, sales, occupancy, balances. */
export function ReportsSection() {
  const { search } = useLocation();
  return (
    <div className="page">
      <SectionNav label="reports.nav" base="/office/reports" pages={pages} search={search} />
      <Routes>
        <Route index element={<Navigate to={`best-film${search}`} replace />} />
        <Route path="best-film" element={<BestFilmPage />} />
        <Route path="sales" element={<SalesPage />} />
        <Route path="occupancy" element={<OccupancyPage />} />
        <Route path="balances" element={<BalancesPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Routes>
    </div>
  );
}
