// GSM 03.38 default alphabet, written unpacked (one septet per octet) as SMPP
// expects for data_coding 0; the SMSC packs it for the air interface.

// Position = septet value. 0x1B is the escape into the extension table, not a character.
const BASIC =
  '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞ\x1bÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?' +
  '¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà';
const ESCAPE = 0x1b;

const basicCode = new Map<string, number>();
for (let i = 0; i < BASIC.length; i++) if (i !== ESCAPE) basicCode.set(BASIC.charAt(i), i);

/** Characters that cost two septets: the escape and their code in the extension table. */
const extensionCode = new Map<string, number>([
  ['\f', 0x0a], ['^', 0x14], ['{', 0x28], ['}', 0x29], ['\\', 0x2f],
  ['[', 0x3c], ['~', 0x3d], [']', 0x3e], ['|', 0x40], ['€', 0x65],
]);

export const GSM7_BASIC_SIZE = BASIC.length;

/** True when every character fits the GSM 7-bit alphabet (otherwise the text goes as UCS2). */
export function isGsm7(text: string): boolean {
  for (const ch of text) if (!basicCode.has(ch) && !extensionCode.has(ch)) return false;
  return true;
}

/** How many septets a character takes; call only for GSM-7 text. */
export function septets(ch: string): 1 | 2 {
  return extensionCode.has(ch) ? 2 : 1;
}

export function encodeGsm7(text: string): Buffer {
  const bytes: number[] = [];
  for (const ch of text) {
    const basic = basicCode.get(ch);
    if (basic !== undefined) bytes.push(basic);
    else bytes.push(ESCAPE, extensionCode.get(ch) ?? basicCode.get('?')!);
  }
  return Buffer.from(bytes);
}

export function decodeGsm7(bytes: Buffer): string {
  let text = '';
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (b === ESCAPE && i + 1 < bytes.length) {
      const code = bytes[++i]!;
      text += [...extensionCode].find(([, c]) => c === code)?.[0] ?? ' ';
    } else text += BASIC.charAt(b);
  }
  return text;
}
