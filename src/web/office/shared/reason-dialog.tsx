import { useState, type FormEvent, type ReactNode } from 'react';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { Button } from '../../ui/button.tsx';
import { Dialog } from '../../ui/dialog.tsx';
import { formErrors } from '../../ui/error-text.ts';
import { FormAlert } from '../../ui/loading.tsx';

/**
 * An action that needs a reason the client will read (reject, cancel, return): the
 * reason is required here too, and a refusal from the server shows in the dialog.
 */
export function ReasonDialog({ open, title, label, submitLabel, children, onClose, onSubmit }: {
  open: boolean;
  title: string;
  label: string;
  submitLabel: string;
  children?: ReactNode;
  onClose: () => void;
  onSubmit: (reason: string) => Promise<void>;
}) {
  const { t } = useI18n();
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const errors = formErrors(t, error, ['reason']);
  const missing = error === 'missing';

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!reason.trim()) {
      setError('missing');
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await onSubmit(reason.trim());
      setReason('');
      onClose();
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };
  const fieldError = missing ? t('office.reasonRequired') : errors.byField.reason;
  return (
    <Dialog open={open} title={title} onClose={onClose}>
      <form className="form" onSubmit={(event) => void submit(event)} noValidate>
        {children}
        {missing ? null : <FormAlert>{errors.general}</FormAlert>}
        <div className={`field${fieldError ? ' field-invalid' : ''}`}>
          <label htmlFor="reason-text">
            {label}
            <span className="required-mark" aria-hidden="true">
              {' '}
              *
            </span>
          </label>
          <textarea id="reason-text" name="reason" rows={3} maxLength={500} required value={reason} onChange={(event) => setReason(event.target.value)} aria-invalid={fieldError ? true : undefined} aria-describedby={fieldError ? 'reason-text-error' : undefined} />
          {fieldError ? (
            <p id="reason-text-error" className="field-error">
              {fieldError}
            </p>
          ) : null}
        </div>
        <div className="actions">
          <Button type="submit" variant="primary" busy={busy}>
            {submitLabel}
          </Button>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
        </div>
      </form>
    </Dialog>
  );
}
