import { useEffect, useRef, useState } from 'react';
import { Link, NavLink, Outlet, useLocation, useNavigate } from 'react-router';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { isStaff, useSession } from '../../session/session-context.tsx';
import { useBasket } from '../basket/basket-store.tsx';
import { itemCount } from '../basket/basket-items.ts';
import { LanguageSwitch } from './language-switch.tsx';

/** The frame of every portal page: skip link, header with navigation, main, footer. */
export function PortalLayout() {
  const { t } = useI18n();
  const { actor, logOut } = useSession();
  const { items } = useBasket();
  const navigate = useNavigate();
  const location = useLocation();
  const main = useRef<HTMLElement>(null);
  const firstRender = useRef(true);
  const [menuOpen, setMenuOpen] = useState(false);
  const count = itemCount(items);

  // After a navigation, focus goes to the new page's content, as a full page load would.
  useEffect(() => {
    setMenuOpen(false);
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    if (!location.hash) main.current?.focus({ preventScroll: false });
  }, [location.pathname, location.hash]);

  const onLogOut = async () => {
    await logOut();
    await navigate('/');
  };

  return (
    <div className="app">
      <a className="skip-link" href="#main">
        {t('skip.toContent')}
      </a>
      <header className="site-header">
        <div className="header-inner">
          <Link to="/" className="brand">
            {t('app.shortName')}
          </Link>
          <button type="button" className="menu-toggle button button-link" aria-expanded={menuOpen} aria-controls="site-nav" onClick={() => setMenuOpen(!menuOpen)}>
            {t('nav.menu')}
          </button>
          <nav id="site-nav" className={`site-nav${menuOpen ? ' open' : ''}`} aria-label={t('nav.main')}>
            <ul>
              <li>
                <NavLink to="/" end>
                  {t('nav.catalog')}
                </NavLink>
              </li>
              <li>
                <NavLink to="/schedule">{t('nav.schedule')}</NavLink>
              </li>
              <li>
                <NavLink to="/basket">{count > 0 ? t('nav.basketCount', { count }) : t('nav.basket')}</NavLink>
              </li>
              {actor && isStaff(actor) ? (
                <li>
                  <NavLink to="/office">{t('nav.office')}</NavLink>
                </li>
              ) : null}
              {actor && !isStaff(actor) ? (
                <li>
                  <NavLink to="/account">{t('nav.account')}</NavLink>
                </li>
              ) : null}
              <li>
                {actor ? (
                  <button type="button" className="button button-link" onClick={() => void onLogOut()}>
                    {t('nav.logout')}
                  </button>
                ) : (
                  <NavLink to="/login" state={{ from: location.pathname }}>
                    {t('nav.login')}
                  </NavLink>
                )}
              </li>
              <li>
                <LanguageSwitch />
              </li>
            </ul>
          </nav>
        </div>
      </header>
      <main id="main" ref={main} tabIndex={-1} className="site-main">
        <Outlet />
      </main>
      <footer className="site-footer">
        <p>{t('footer.text')}</p>
        <p>
          <a href="/api/docs">{t('footer.api')}</a>
        </p>
      </footer>
    </div>
  );
}
