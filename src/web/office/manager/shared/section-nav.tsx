import { NavLink } from 'react-router';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import type { TextKey } from '../../../i18n/texts/index.ts';
import './office-b.css';

/** The pages of one back-office section, as tabs under the shell's navigation. */
export function SectionNav({ label, base, pages }: { label: TextKey; base: string; pages: readonly { path: string; label: TextKey }[] }) {
  const { t } = useI18n();
  return (
    <nav className="subnav" aria-label={t(label)}>
      <ul>
        {pages.map((page) => (
          <li key={page.path}>
            <NavLink to={page.path ? `${base}/${page.path}` : base} end={page.path === ''}>
              {t(page.label)}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
