import { Route, Routes } from 'react-router';
import { NotFoundPage } from '../../ui/pages.tsx';
import { BoxOfficeOrderPage } from './box-office-order-page.tsx';
import { FindOrderPage } from './find-order-page.tsx';

/** The cashier's point of sale: find an order by its booking number, then pay, issue, return. */
export function BoxOfficeSection() {
  return (
    <Routes>
      <Route index element={<FindOrderPage />} />
      <Route path=":orderId" element={<BoxOfficeOrderPage />} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
