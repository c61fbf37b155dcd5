import PDFDocument from 'pdfkit';
import QRCode from 'qrcode';
import { type TicketFonts, ticketFonts } from './ticket-font.ts';
import type { TicketSheet } from './ticket-sheet.ts';
import { transliterate } from './transliterate.ts';

// The tickets of an order as a PDF: one A5 page per ticket, its details on the left and
// its QR code (the ticket's code, as the gate scans it) on the right.

const PAGE = { size: 'A5', layout: 'landscape', margin: 36 } as const;
const QR_SIZE = 200;

/** Renders the sheets, one page each, and resolves with the whole file. */
export async function renderTicketsPdf(
  sheets: readonly TicketSheet[],
  meta: { title: string; now: Date },
  fonts: TicketFonts = ticketFonts(),
): Promise<Buffer> {
  const qrCodes = await Promise.all(
    sheets.map((sheet) => QRCode.toBuffer(sheet.code, { type: 'png', errorCorrectionLevel: 'M', margin: 4, scale: 8 })),
  );
  const text = fonts.regular ? (value: string) => value : transliterate;
  const doc = new PDFDocument({ ...PAGE, autoFirstPage: false, info: { Title: text(meta.title), CreationDate: meta.now, Producer: 'ticketing platform' } });
  if (fonts.regular) doc.registerFont('regular', fonts.regular);
  doc.registerFont('bold', fonts.bold ?? fonts.regular ?? 'Helvetica-Bold');
  const regular = fonts.regular ? 'regular' : 'Helvetica';

  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  for (const [index, sheet] of sheets.entries()) {
    doc.addPage();
    const left = PAGE.margin;
    const width = doc.page.width - 2 * PAGE.margin - QR_SIZE - 24;
    const qrX = doc.page.width - PAGE.margin - QR_SIZE;
    doc.font(regular).fontSize(11).fillColor('#555555').text(text(sheet.venue), left, PAGE.margin, { width });
    doc.font('bold').fontSize(18).fillColor('#000000').text(text(sheet.title), { width });
    doc.moveDown(0.5);
    for (const line of sheet.lines) {
      doc.font(regular).fontSize(10).fillColor('#555555').text(`${text(line.label)}: `, { width, continued: true });
      doc.font('bold').fillColor('#000000').text(text(line.value));
    }
    doc.moveDown(0.5);
    doc.font('bold').fontSize(14).text(`${text('Цена / Price')}: ${text(sheet.price)}`, { width });
    doc.font(regular).fontSize(11).text(`${text('Номер брони / Booking number')}: ${sheet.bookingNumber}`, { width });

    doc.image(qrCodes[index]!, qrX, PAGE.margin, { width: QR_SIZE, height: QR_SIZE });
    doc.font(regular).fontSize(9).fillColor('#000000').text(sheet.code, qrX, PAGE.margin + QR_SIZE + 4, { width: QR_SIZE, align: 'center' });
    const footer = `${text('Билет / Ticket')} ${index + 1} / ${sheets.length}`;
    doc.fontSize(9).fillColor('#555555').text(footer, left, doc.page.height - PAGE.margin - 14, { width: doc.page.width - 2 * PAGE.margin, align: 'right', lineBreak: false });
  }
  doc.end();
  return done;
}
