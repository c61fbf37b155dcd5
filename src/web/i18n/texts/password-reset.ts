import type { Bilingual } from '../lang.ts';

// Forgotten password: asking for a link by mail, then setting a new password with it.
// The confirmation never says whether the login exists, as the server does not either.

export const passwordResetText = {
  'passwordReset.forgot': { ru: 'Забыли пароль?', en: 'Forgot your password?' },
  'passwordReset.requestTitle': { ru: 'Восстановление пароля', en: 'Reset your password' },
  'passwordReset.requestIntro': {
    ru: 'Укажите код клиента, email или логин сотрудника — мы пришлём на почту учётной записи ссылку для смены пароля.',
    en: 'Give your client code, email or staff login, and we will mail a link to set a new password to the account’s email.',
  },
  'passwordReset.login': { ru: 'Код клиента, email или логин', en: 'Client code, email or login' },
  'passwordReset.sendLink': { ru: 'Прислать ссылку', en: 'Send the link' },
  'passwordReset.sending': { ru: 'Отправляем…', en: 'Sending…' },
  'passwordReset.sent': {
    ru: 'Если такая учётная запись есть и у неё указан email, мы отправили на него ссылку для смены пароля. Письмо может прийти через несколько минут; проверьте и папку «Спам».',
    en: 'If such an account exists and has an email, we have sent a link to set a new password to it. The letter may take a few minutes; check the spam folder too.',
  },
  'passwordReset.confirmTitle': { ru: 'Придумайте новый пароль', en: 'Choose a new password' },
  'passwordReset.password': { ru: 'Новый пароль', en: 'New password' },
  'passwordReset.repeat': { ru: 'Повторите пароль', en: 'Repeat the password' },
  'passwordReset.mismatch': { ru: 'Пароли не совпадают.', en: 'The passwords do not match.' },
  'passwordReset.save': { ru: 'Сохранить пароль', en: 'Save the password' },
  'passwordReset.saving': { ru: 'Сохраняем…', en: 'Saving…' },
  'passwordReset.done': {
    ru: 'Пароль изменён. Все сеансы этой учётной записи завершены — войдите с новым паролем.',
    en: 'The password is changed. Every session of this account has ended: log in with the new password.',
  },
  'passwordReset.toLogin': { ru: 'Войти', en: 'Log in' },
  'passwordReset.expired': {
    ru: 'Ссылка устарела или уже использована. Запросите новую — она придёт на почту.',
    en: 'This link has expired or has been used already. Ask for a new one; it will come by mail.',
  },
  'passwordReset.askAgain': { ru: 'Запросить новую ссылку', en: 'Ask for a new link' },
} satisfies Record<string, Bilingual>;
