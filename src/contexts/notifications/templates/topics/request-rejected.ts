import { clip } from '../format.ts';
import type { TopicTemplate } from '../layout.ts';

export const requestRejected: TopicTemplate<'request_rejected'> = {
  ru: (d) => ({
    subject: `Заявка ${d.bookingNumber} отклонена`,
    paragraphs: [[`К сожалению, мы не можем выполнить вашу заявку ${d.bookingNumber}.`], [`Причина: ${d.reason}`]],
    sms: `Заявка ${d.bookingNumber} отклонена. Причина: ${clip(d.reason, 100)}`,
  }),
  en: (d) => ({
    subject: `Your request ${d.bookingNumber} has been declined`,
    paragraphs: [[`Unfortunately, we cannot fulfil your request ${d.bookingNumber}.`], [`Reason: ${d.reason}`]],
    sms: `Request ${d.bookingNumber} declined. Reason: ${clip(d.reason, 100)}`,
  }),
};
