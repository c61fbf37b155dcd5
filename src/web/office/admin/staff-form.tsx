import { useState, type FormEvent } from 'react';
import { isApiError } from '../../api.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { Button } from '../../ui/button.tsx';
import { formErrors } from '../../ui/error-text.ts';
import { CheckboxField, Fieldset, TextField } from '../../ui/field.tsx';
import { FormAlert } from '../../ui/loading.tsx';
import { useSubmit } from '../manager/shared/use-submit.ts';
import { type StaffRole, type StaffUser, createStaff, staffRoleList, updateStaff } from './admin-endpoints.ts';

const fields = ['login', 'displayName', 'email', 'roles', 'password', 'disabled'] as const;

/** A staff account: new (login, name, roles, first password) or changed (name, email, roles, disabled). */
export function StaffForm({ user, onSaved }: { user?: StaffUser; onSaved: (user: StaffUser) => void }) {
  const { t } = useI18n();
  const [login, setLogin] = useState(user?.login ?? '');
  const [displayName, setDisplayName] = useState(user?.displayName ?? '');
  const [email, setEmail] = useState(user?.email ?? '');
  const [roles, setRoles] = useState<StaffRole[]>(user?.roles ?? []);
  const [password, setPassword] = useState('');
  const [disabled, setDisabled] = useState(user?.disabled ?? false);
  const submit = useSubmit();
  const errors = formErrors(t, submit.error, fields);
  // The foundation words a bad `login` for clients (client code or email); a staff login has its own rule.
  const loginError = errors.byField.login && isApiError(submit.error) && submit.error.code === 'validation_failed' ? t('staff.loginInvalid') : errors.byField.login;
  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const saved = await submit.run(() =>
      user ? updateStaff(user.userId, { displayName, email: email.trim() || null, roles, disabled }) : createStaff({ login, displayName, email: email.trim() || null, roles, password }),
    );
    if (saved) onSaved(saved);
  };
  return (
    <form className="form" onSubmit={(event) => void onSubmit(event)} noValidate aria-label={user ? t('staff.editNamed', { login: user.login }) : t('staff.add')}>
      <FormAlert>{errors.general}</FormAlert>
      {user ? null : <TextField name="login" label={t('auth.staffLogin')} autoComplete="off" value={login} onChange={(event) => setLogin(event.target.value)} error={loginError} hint={t('staff.loginHint')} required />}
      <TextField name="displayName" label={t('staff.name')} value={displayName} onChange={(event) => setDisplayName(event.target.value)} error={errors.byField.displayName} required />
      <TextField name="email" type="email" label={t('corporate.email')} value={email} onChange={(event) => setEmail(event.target.value)} error={errors.byField.email} />
      <Fieldset legend={t('staff.roles')} error={errors.byField.roles}>
        {staffRoleList.map((role) => (
          <CheckboxField
            key={role}
            name={`role-${role}`}
            label={t(`role.${role}`)}
            hint={t(`staff.roleHint.${role}`)}
            checked={roles.includes(role)}
            onChange={(event) => setRoles(event.target.checked ? [...roles, role] : roles.filter((value) => value !== role))}
          />
        ))}
      </Fieldset>
      {user ? (
        <CheckboxField name="disabled" label={t('staff.disableAccount')} hint={t('staff.disableHint')} checked={disabled} onChange={(event) => setDisabled(event.target.checked)} error={errors.byField.disabled} />
      ) : (
        <TextField name="password" type="password" autoComplete="new-password" label={t('staff.firstPassword')} hint={t('staff.passwordHint')} value={password} onChange={(event) => setPassword(event.target.value)} error={errors.byField.password} required />
      )}
      <div>
        <Button type="submit" variant="primary" busy={submit.busy}>
          {user ? t('common.save') : t('staff.add')}
        </Button>
      </div>
    </form>
  );
}
