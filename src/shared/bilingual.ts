/** A text users see, in both languages of the product (Russian first, DOMAIN.md); the compiler refuses one missing either. */
export interface Bilingual {
  ru: string;
  en: string;
}
