import type { ComponentType } from 'react';
import type { RouteObject } from 'react-router';
import { LoginPage, RegisterPage } from './portal/auth/auth-pages.tsx';
import { PasswordResetPage } from './portal/auth/password-reset-page.tsx';
import { BasketPage } from './portal/basket/basket-page.tsx';
import { CatalogPage } from './portal/catalog/catalog-page.tsx';
import { SchedulePage } from './portal/catalog/schedule-page.tsx';
import { VenuePage } from './portal/catalog/venue-page.tsx';
import { PortalLayout } from './portal/layout/portal-layout.tsx';
import { Loading } from './ui/loading.tsx';
import { NotFoundPage } from './ui/pages.tsx';

// The heavier parts (the seat map with its decoder, the account, the back office)
// load when first visited, so the catalog opens fast on a phone.
const lazily = <M,>(load: () => Promise<M>, pick: (module: M) => ComponentType) => async () => ({ Component: pick(await load()) });

/** The portal at `/`, the back office at `/office/*`. */
export const appRoutes: RouteObject[] = [
  {
    path: '/office/*',
    HydrateFallback: Loading,
    lazy: lazily(() => import('./office/office-app.tsx'), (module) => module.OfficeApp),
  },
  {
    path: '/',
    element: <PortalLayout />,
    HydrateFallback: Loading,
    children: [
      { index: true, element: <CatalogPage /> },
      { path: 'schedule', element: <SchedulePage /> },
      { path: 'venues/:venueId', element: <VenuePage /> },
      { path: 'events/:eventId', lazy: lazily(() => import('./portal/events/event-page.tsx'), (module) => module.EventPage) },
      { path: 'services/:serviceId', lazy: lazily(() => import('./portal/services/service-page.tsx'), (module) => module.ServicePage) },
      { path: 'basket', element: <BasketPage /> },
      { path: 'login', element: <LoginPage /> },
      { path: 'register', element: <RegisterPage /> },
      { path: 'password-reset', element: <PasswordResetPage /> },
      { path: 'account/*', lazy: lazily(() => import('./portal/account/account-app.tsx'), (module) => module.AccountApp) },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];
