import { Route, Routes } from 'react-router';
import { NotFoundPage } from '../../ui/pages.tsx';
import { OrderDetailPage } from './order-detail-page.tsx';
import { OrderListPage } from './order-list-page.tsx';

/** Orders for operators, cashiers and managers: the filtered list and one order. */
export function OrdersSection() {
  return (
    <Routes>
      <Route index element={<OrderListPage />} />
      <Route path=":orderId" element={<OrderDetailPage />} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
