import { lazy, Suspense, type ComponentType, type LazyExoticComponent, type ReactNode } from 'react';
import { Link, NavLink, Route, Routes, useNavigate } from 'react-router';
import { useI18n } from '../i18n/i18n-context.tsx';
import { LanguageSwitch } from '../portal/layout/language-switch.tsx';
import { LoginForm } from '../session/login-form.tsx';
import { isStaff, useSession } from '../session/session-context.tsx';
import { Loading } from '../ui/loading.tsx';
import { NotFoundPage, RefusalPage } from '../ui/pages.tsx';
import { usePageTitle } from '../ui/page-title.ts';
import { canSee, officeSections, sectionsFor, type OfficeSection } from './office-sections.ts';
import './office.css';

/**
 * The back office shell (issue 9 fills the sections): staff log in here, see the
 * sections of their roles, and a direct URL to another role's section is refused.
 */
export function OfficeApp() {
  const { t } = useI18n();
  const { status, actor, logOut } = useSession();
  const navigate = useNavigate();
  usePageTitle(t('office.title'));

  const frame = (content: ReactNode, nav?: OfficeSection[]) => (
    <div className="app office">
      <a className="skip-link" href="#main">
        {t('skip.toContent')}
      </a>
      <header className="site-header">
        <div className="header-inner">
          <Link to="/office" className="brand">
            {t('office.title')}
          </Link>
          <nav className="site-nav open" aria-label={t('office.nav')}>
            <ul>
              {(nav ?? []).map((section) => (
                <li key={section.path}>
                  <NavLink to={`/office/${section.path}`}>{t(section.label)}</NavLink>
                </li>
              ))}
              {actor ? (
                <li>
                  <button type="button" className="button button-link" onClick={() => void logOut().then(() => navigate('/office'))}>
                    {t('nav.logout')}
                  </button>
                </li>
              ) : null}
              <li>
                <LanguageSwitch />
              </li>
            </ul>
          </nav>
        </div>
      </header>
      <main id="main" tabIndex={-1} className="site-main">
        {content}
      </main>
    </div>
  );

  if (status === 'loading') return frame(<Loading />);
  if (!actor) {
    return frame(
      <section className="page page-narrow" aria-labelledby="office-login">
        <h1 id="office-login">{t('office.loginTitle')}</h1>
        <LoginForm staff idPrefix="office-login" />
      </section>,
    );
  }
  if (!isStaff(actor)) {
    return frame(<RefusalPage reason={t('office.clientRefused')} onSwitchAccount={() => void logOut()} />);
  }
  const mine = sectionsFor(actor.roles);
  return frame(
    <Routes>
      <Route index element={<OfficeHome sections={mine} />} />
      {officeSections.map((section) => (
        <Route
          key={section.path}
          path={`${section.path}/*`}
          element={canSee(section, actor.roles) ? <SectionPage section={section} /> : <RefusalPage onSwitchAccount={() => void logOut()} />}
        />
      ))}
      <Route path="*" element={<NotFoundPage />} />
    </Routes>,
    mine,
  );
}

function OfficeHome({ sections }: { sections: OfficeSection[] }) {
  const { t } = useI18n();
  const { actor } = useSession();
  return (
    <section className="page" aria-labelledby="office-home">
      <h1 id="office-home">{t('office.title')}</h1>
      <p>{t('office.welcome', { name: actor?.displayName ?? '' })}</p>
      <p>{t('office.roles', { roles: (actor?.roles ?? []).map((role) => t(`role.${role}`)).join(', ') })}</p>
      <ul className="card-grid">
        {sections.map((section) => (
          <li key={section.path} className="card">
            <Link to={`/office/${section.path}`}>{t(section.label)}</Link>
          </li>
        ))}
      </ul>
    </section>
  );
}

// One lazy component per section, made once: a new one on every render would remount the page.
const pages = new Map<string, LazyExoticComponent<ComponentType>>();

function SectionPage({ section }: { section: OfficeSection }) {
  const load = section.load;
  if (!load) return <SectionPlaceholder section={section} />;
  let Page = pages.get(section.path);
  if (!Page) {
    Page = lazy(async () => ({ default: await load() }));
    pages.set(section.path, Page);
  }
  return (
    <Suspense fallback={<Loading />}>
      <Page />
    </Suspense>
  );
}

function SectionPlaceholder({ section }: { section: OfficeSection }) {
  const { t } = useI18n();
  usePageTitle(t(section.label));
  return (
    <section className="page" aria-labelledby="office-section">
      <h1 id="office-section">{t(section.label)}</h1>
      <p>{t('office.placeholder', { section: t(section.label) })}</p>
    </section>
  );
}
