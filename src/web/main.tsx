import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { App } from './app.tsx';
import { appRoutes } from './routes.tsx';
import './styles/base.css';
import './styles/components.css';
import './styles/portal.css';
import './styles/seat-map.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');

createRoot(root).render(
  <StrictMode>
    <App>
      <RouterProvider router={createBrowserRouter(appRoutes)} />
    </App>
  </StrictMode>,
);
