import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

// pdfkit's built-in Helvetica has no Cyrillic, and tickets are Russian. We look for a
// TrueType font that has it: the npm package dejavu-fonts-ttf if installed, else the
// usual system places (Debian's fonts-dejavu-core first). With none, tickets are printed
// in Helvetica with the Russian transliterated (transliterate.ts), and the server says so.

export interface TicketFonts {
  regular: string | null;
  bold: string | null;
}

const systemDirs = [
  '/usr/share/fonts/truetype/dejavu', // Debian, Ubuntu: fonts-dejavu-core
  '/usr/share/fonts/dejavu', // Fedora, Alpine
  '/usr/share/fonts/TTF', // Arch
  '/usr/local/share/fonts/dejavu', // FreeBSD
  '/opt/homebrew/share/fonts', // macOS with Homebrew's font-dejavu
];

function fromPackage(file: string): string | null {
  try {
    return createRequire(import.meta.url).resolve(`dejavu-fonts-ttf/ttf/${file}`);
  } catch {
    return null;
  }
}

function find(file: string): string | null {
  const candidates = [fromPackage(file), ...systemDirs.map((dir) => `${dir}/${file}`)];
  return candidates.find((path): path is string => path !== null && existsSync(path)) ?? null;
}

let found: TicketFonts | undefined;

/** The fonts tickets are printed in (looked up once); null members mean Helvetica. */
export function ticketFonts(): TicketFonts {
  found ??= { regular: find('DejaVuSans.ttf'), bold: find('DejaVuSans-Bold.ttf') };
  return found;
}
