import { NavLink } from 'react-router';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import type { TextKey } from '../../../i18n/texts/index.ts';
import './office-b.css';

/** The pages of one back-office section, as tabs under the shell's navigation; `search` carries filters (a report's period) along. */
export function SectionNav({ label, base, pages, search = '' }: { label: TextKey; base: string; pages: readonly { path: string; label: TextKey }[]; search?: string }) {
  const { t } = useI18n();
  return (
    <nav className="subnav" aria-label={t(label)}>
      <ul>
        {pages.map((page) => (
          <li key={page.path}>
            <NavLink to={`${page.path ? `${base}/${page.path}` : base}${search}`} end={page.path === ''}>
              {t(page.label)}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
