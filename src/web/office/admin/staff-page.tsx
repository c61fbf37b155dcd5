import { useState } from 'react';
import { formatDateTime } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { Button } from '../../ui/button.tsx';
import { Dialog } from '../../ui/dialog.tsx';
import { LoadError, Loading, Notice } from '../../ui/loading.tsx';
import { usePageTitle } from '../../ui/page-title.ts';
import { useResource } from '../../ui/use-resource.ts';
import '../manager/shared/office-b.css';
import { type StaffUser, listStaff } from './admin-endpoints.ts';
import { PasswordForm } from './password-form.tsx';
import { StaffForm } from './staff-form.tsx';

type Open = { mode: 'new' } | { mode: 'edit'; user: StaffUser } | { mode: 'password'; user: StaffUser } | null;

/** Staff accounts with their roles: create one, change roles, disable or enable, set a new password. */
export function StaffPage() {
  const { t, lang } = useI18n();
  usePageTitle(t('office.section.staff'));
  const staff = useResource(() => listStaff(), []);
  const [open, setOpen] = useState<Open>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const done = (message: string) => {
    setOpen(null);
    setNotice(message);
    staff.reload();
  };
  return (
    <section className="page" aria-labelledby="staff-title">
      <h1 id="staff-title">{t('office.section.staff')}</h1>
      {notice ? <Notice tone="success">{notice}</Notice> : null}
      <div className="actions">
        <Button variant="primary" onClick={() => setOpen({ mode: 'new' })}>
          {t('staff.add')}
        </Button>
      </div>
      {staff.loading && !staff.data ? <Loading /> : null}
      {staff.error ? <LoadError error={staff.error} onRetry={staff.reload} /> : null}
      {staff.data ? (
        <div className="table-scroll">
          <table className="table">
            <caption>{t('office.section.staff')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('auth.staffLogin')}</th>
                <th scope="col">{t('staff.name')}</th>
                <th scope="col">{t('staff.roles')}</th>
                <th scope="col">{t('common.status')}</th>
                <th scope="col">{t('broadcasts.created')}</th>
                <th scope="col">{t('common.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {staff.data.items.map((user) => (
                <tr key={user.userId}>
                  <th scope="row">{user.login}</th>
                  <td>
                    {user.displayName}
                    {user.email ? <span className="muted"> · {user.email}</span> : null}
                  </td>
                  <td>{user.roles.map((role) => t(`role.${role}`)).join(', ')}</td>
                  <td>{user.disabled ? <span className="badge badge-payment-unpaid">{t('staff.disabled')}</span> : t('staff.active')}</td>
                  <td>{formatDateTime(lang, user.createdAt)}</td>
                  <td>
                    <Button variant="link" onClick={() => setOpen({ mode: 'edit', user })} aria-label={t('staff.editNamed', { login: user.login })}>
                      {t('catalogAdmin.edit')}
                    </Button>{' '}
                    <Button variant="link" onClick={() => setOpen({ mode: 'password', user })} aria-label={t('staff.resetPasswordNamed', { login: user.login })}>
                      {t('staff.resetPassword')}
                    </Button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      <Dialog open={open?.mode === 'new' || open?.mode === 'edit'} title={open?.mode === 'edit' ? t('staff.editNamed', { login: open.user.login }) : t('staff.add')} onClose={() => setOpen(null)}>
        {open?.mode === 'new' ? <StaffForm onSaved={(user) => done(t('staff.created', { login: user.login }))} /> : null}
        {open?.mode === 'edit' ? <StaffForm user={open.user} onSaved={(user) => done(t('staff.saved', { login: user.login }))} /> : null}
      </Dialog>
      <Dialog open={open?.mode === 'password'} title={open?.mode === 'password' ? t('staff.resetPasswordNamed', { login: open.user.login }) : ''} onClose={() => setOpen(null)}>
        {open?.mode === 'password' ? <PasswordForm user={open.user} onDone={() => done(t('staff.passwordSet', { login: open.user.login }))} /> : null}
      </Dialog>
    </section>
  );
}
