import { render, screen } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../api.ts';
import { I18nProvider, translator } from '../i18n/i18n-context.tsx';
import { rememberedLang } from '../i18n/lang.ts';
import { texts } from '../i18n/texts/index.ts';
import { Dialog } from './dialog.tsx';
import { formErrors } from './error-text.ts';
import { TextField } from './field.tsx';

describe('labels', () => {
  it('has every label in Russian and English, none empty', () => {
    for (const [key, label] of Object.entries(texts)) {
      expect(label.ru.trim(), key).not.toBe('');
      expect(label.en.trim(), key).not.toBe('');
    }
  });

  it('speaks Russian unless English was chosen before', () => {
    expect(rememberedLang({ getItem: () => null })).toBe('ru');
    expect(rememberedLang({ getItem: () => 'en' })).toBe('en');
    expect(translator('ru')('request.rejected')).toBe('Отказано полностью');
    expect(translator('en')('order.partially_issued')).toBe('Partially issued');
  });
});

describe('form errors', () => {
  it('puts each refused field next to its input and explains a flag refusal in words', () => {
    const t = translator('ru');
    const invalid = new ApiError({ status: 400, code: 'validation_failed', detail: 'x', errors: [{ field: 'body.phone', message: 'must be a phone' }, { field: 'body.document.number', message: 'must be given' }] });
    const errors = formErrors(t, invalid, ['phone', 'document.number', 'document']);
    expect(errors.byField.phone).toMatch(/номер телефона/);
    expect(errors.byField['document.number']).toMatch(/номер документа/);
    expect(errors.general).toBe(t('common.fieldErrors'));
    const taken = new ApiError({ status: 409, code: 'client_code_taken', detail: 'taken', field: 'body.clientCode' });
    expect(formErrors(t, taken, ['clientCode']).byField.clientCode).toMatch(/код клиента уже занят/);
  });

  it('ties the error text to the input', () => {
    render(<TextField name="phone" label="Телефон" error="Неверный номер" value="" onChange={() => undefined} />);
    const input = screen.getByLabelText('Телефон');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(input.getAttribute('aria-describedby')!)?.textContent).toBe('Неверный номер');
  });
});

describe('dialog', () => {
  function Opener() {
    const [open, setOpen] = useState(false);
    return (
      <I18nProvider initialLang="en">
        <button type="button" onClick={() => setOpen(true)}>
          Pay
        </button>
        <Dialog open={open} title="Paying" onClose={() => setOpen(false)}>
          <input aria-label="Card" />
          <button type="button">Confirm</button>
        </Dialog>
      </I18nProvider>
    );
  }

  it('takes focus when it opens, keeps Tab inside, closes on Escape and gives focus back', async () => {
    render(<Opener />);
    const opener = screen.getByRole('button', { name: 'Pay' });
    await userEvent.click(opener);
    expect(screen.getByRole('dialog', { name: 'Paying' })).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByLabelText('Card'));
    await userEvent.tab();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Confirm' }));
    await userEvent.tab();
    await userEvent.tab();
    expect(document.activeElement).toBe(screen.getByLabelText('Card'));
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(opener);
  });
});
