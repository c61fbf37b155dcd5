import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import jsQRModule from 'jsqr';
import { PDFDict, PDFDocument, PDFName, type PDFNumber, PDFRawStream } from 'pdf-lib';
import { PNG } from 'pngjs';

// jsqr is CommonJS whose module.exports is the function; its types claim a default export.
const jsQR = jsQRModule as unknown as (data: Uint8ClampedArray, width: number, height: number) => { data: string } | null;

// Reading a tickets PDF the way a person (and a gate's scanner) would: it opens, it has
// a page per ticket, its text can be read, and each page's QR code decodes.

function has(tool: string): boolean {
  try {
    execFileSync('which', [tool], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** Opens the PDF with pdf-lib (it must parse) and says how many pages it has. */
export async function pdfPageCount(pdf: Buffer): Promise<number> {
  return (await PDFDocument.load(pdf)).getPageCount();
}

/** The text of the PDF (poppler's pdftotext), or null when poppler is not installed. */
export function pdfText(pdf: Buffer): string | null {
  if (!has('pdftotext')) return null;
  return execFileSync('pdftotext', ['-layout', '-', '-'], { input: pdf }).toString('utf8');
}

function decodeRgba(data: Uint8ClampedArray, width: number, height: number): string | null {
  return jsQR(data, width, height)?.data ?? null;
}

/** One page (1-based) rendered at 150 dpi, as printed, and its QR code decoded. */
function decodeRenderedPage(pdf: Buffer, page: number): string | null {
  const dir = mkdtempSync(join(tmpdir(), 'tickets-'));
  try {
    writeFileSync(join(dir, 'tickets.pdf'), pdf);
    execFileSync('pdftoppm', ['-png', '-r', '150', '-f', String(page), '-l', String(page), join(dir, 'tickets.pdf'), join(dir, 'page')]);
    const [name] = readdirSync(dir).filter((file) => file.startsWith('page'));
    if (!name) return null;
    const png = PNG.sync.read(readFileSync(join(dir, name)));
    return decodeRgba(new Uint8ClampedArray(png.data), png.width, png.height);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Without poppler: the image embedded on each page (pdfkit stores a QR PNG as deflated RGB with a soft mask). */
async function decodeEmbedded(pdf: Buffer): Promise<(string | null)[]> {
  const doc = await PDFDocument.load(pdf);
  return doc.getPages().map((page) => {
    const xObjects = page.node.Resources()?.lookupMaybe(PDFName.of('XObject'), PDFDict);
    for (const ref of xObjects?.values() ?? []) {
      const stream = doc.context.lookup(ref);
      if (!(stream instanceof PDFRawStream) || stream.dict.get(PDFName.of('Subtype')) !== PDFName.of('Image')) continue;
      const width = (stream.dict.get(PDFName.of('Width')) as PDFNumber).asNumber();
      const height = (stream.dict.get(PDFName.of('Height')) as PDFNumber).asNumber();
      const rgb = inflateSync(stream.contents);
      const rgba = new Uint8ClampedArray(width * height * 4);
      for (let i = 0; i < width * height; i += 1) {
        rgba.set([rgb[i * 3]!, rgb[i * 3 + 1]!, rgb[i * 3 + 2]!, 255], i * 4);
      }
      return decodeRgba(rgba, width, height);
    }
    return null;
  });
}

/** What the QR code of each page encodes, page by page, read from the image embedded in it (fast). */
export async function ticketQrCodes(pdf: Buffer): Promise<(string | null)[]> {
  return decodeEmbedded(pdf);
}

/**
 * What the QR codes of the given pages (1-based) encode when the page is rendered as
 * printed and scanned (about a second a page); null when poppler's pdftoppm is missing.
 */
export function scannedQrCodes(pdf: Buffer, pages: readonly number[]): (string | null)[] | null {
  if (!has('pdftoppm')) return null;
  return pages.map((page) => decodeRenderedPage(pdf, page));
}
