// Russian in Latin letters (after ISO 9 / GOST 7.79 system B, without diacritics), for
// the one case where no font with Cyrillic is to be found: a ticket that reads "Ryad 5"
// beats one of empty boxes. Other characters the PDF's built-in fonts lack become "?".

const letters: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'yo', ж: 'zh', з: 'z', и: 'i', й: 'j', к: 'k', л: 'l', м: 'm', н: 'n',
  о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'x', ц: 'cz', ч: 'ch', ш: 'sh', щ: 'shh', ъ: '', ы: 'y', ь: '',
  э: 'e', ю: 'yu', я: 'ya',
};

// What the built-in (WinAnsi) fonts have that is worth keeping: typographic quotes and dashes.
const kept = /[\u0020-\u007e\u00a0-\u00ff\u2013\u2014\u2018\u2019\u201c\u201d\u201e\u2026]/u;
const replaced: Record<string, string> = { '₽': 'RUB', '№': 'No.', '\u202f': ' ', '«': '"', '»': '"' };

export function transliterate(text: string): string {
  let out = '';
  for (const char of text) {
    const lower = char.toLowerCase();
    const latin = letters[lower];
    if (latin !== undefined) {
      out += char === lower ? latin : latin.charAt(0).toUpperCase() + latin.slice(1);
    } else if (replaced[char] !== undefined) {
      out += replaced[char];
    } else {
      out += kept.test(char) ? char : '?';
    }
  }
  return out;
}
