import { Route, Routes } from 'react-router';
import { NotFoundPage } from '../../ui/pages.tsx';
import { RequestDetailPage } from './request-detail-page.tsx';
import { RequestQueuePage } from './request-queue-page.tsx';

/** The operator's section: the queue of requests and one request at a time. */
export function RequestsSection() {
  return (
    <Routes>
      <Route index element={<RequestQueuePage />} />
      <Route path=":requestId" element={<RequestDetailPage />} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
