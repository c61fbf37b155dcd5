import { useState, type FormEvent } from 'react';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { Button } from '../../ui/button.tsx';
import { formErrors } from '../../ui/error-text.ts';
import { TextField } from '../../ui/field.tsx';
import { FormAlert } from '../../ui/loading.tsx';
import { useSubmit } from '../manager/shared/use-submit.ts';
import { type StaffUser, resetStaffPassword } from './admin-endpoints.ts';

/** Sets a new password for a staff account; the account's open sessions end. */
export function PasswordForm({ user, onDone }: { user: StaffUser; onDone: () => void }) {
  const { t } = useI18n();
  const [password, setPassword] = useState('');
  const submit = useSubmit();
  const errors = formErrors(t, submit.error, ['password']);
  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const done = await submit.run(async () => {
      await resetStaffPassword(user.userId, password);
      return true;
    });
    if (done) onDone();
  };
  return (
    <form className="form" onSubmit={(event) => void onSubmit(event)} noValidate aria-label={t('staff.resetPasswordNamed', { login: user.login })}>
      <p>{t('staff.resetText')}</p>
      <FormAlert>{errors.general}</FormAlert>
      <TextField name="password" type="password" autoComplete="new-password" label={t('staff.newPassword')} hint={t('staff.passwordHint')} value={password} onChange={(event) => setPassword(event.target.value)} error={errors.byField.password} required />
      <div>
        <Button type="submit" variant="primary" busy={submit.busy}>
          {t('staff.setPassword')}
        </Button>
      </div>
    </form>
  );
}
