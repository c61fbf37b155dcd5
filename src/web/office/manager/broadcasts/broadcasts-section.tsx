import { Route, Routes } from 'react-router';
import { NotFoundPage } from '../../../ui/pages.tsx';
import { BroadcastPage } from './broadcast-page.tsx';
import { BroadcastsPage } from './broadcasts-page.tsx';
import '../shared/office-b.css';

/** Broadcasts to subscribed clients: the list with a new one, and one broadcast with its preview and delivery counts. */
export function BroadcastsSection() {
  return (
    <div className="page">
      <Routes>
        <Route index element={<BroadcastsPage />} />
        <Route path=":broadcastId" element={<BroadcastPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Routes>
    </div>
  );
}
