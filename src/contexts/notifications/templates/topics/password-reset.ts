import type { TopicTemplate } from '../layout.ts';

export const passwordReset: TopicTemplate<'password_reset'> = {
  ru: (d, f) => ({
    subject: 'Восстановление пароля',
    paragraphs: [
      ['Мы получили запрос на смену пароля к вашему личному кабинету.'],
      [`Ссылка действует ${f.count(d.validMinutes, { one: 'минуту', few: 'минуты', many: 'минут' })}. Если вы не запрашивали смену пароля, просто не обращайте внимания на это письмо.`],
    ],
    action: { label: 'Задать новый пароль', url: d.resetUrl },
    sms: `Смена пароля (ссылка действует ${d.validMinutes} мин): ${d.resetUrl}`,
  }),
  en: (d, f) => ({
    subject: 'Password reset',
    paragraphs: [
      ['We have received a request to change the password of your account.'],
      [`The link is valid for ${f.count(d.validMinutes, { one: 'minute', many: 'minutes' })}. If you did not ask for it, simply ignore this message.`],
    ],
    action: { label: 'Set a new password', url: d.resetUrl },
    sms: `Password reset (link valid ${d.validMinutes} min): ${d.resetUrl}`,
  }),
};
