import { z } from 'zod';

// The box office's requests (find, issue, return, cancel): schemas imported by the back
// office too. Answers are the staff order detail (staff-orders/contracts.ts).

const id = z.uuid();
const reasonText = z.string().trim().min(1).max(500);

export const bookingNumberParamsSchema = z.object({ bookingNumber: z.string().min(1).max(40).describe('As typed or scanned; normalised, its check character verified') });
export const orderIdParamsSchema = z.object({ orderId: id });

export const issueBodySchema = z
  .strictObject({ ticketIds: z.array(id).min(1).max(1000).optional().describe('The tickets to hand over; all that wait, when left out') })
  .nullish();

export const returnBodySchema = z.strictObject({
  ticketIds: z.array(id).min(1).max(1000).describe('The tickets handed back'),
  reason: reasonText,
});

export const staffCancelBodySchema = z.strictObject({ reason: reasonText }).describe('Why the order is called off (the client is told)');

export type IssueBody = z.infer<typeof issueBodySchema>;
export type ReturnBody = z.infer<typeof returnBodySchema>;
