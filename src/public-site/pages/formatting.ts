import type { PublicSiteTexts } from '../texts/public-site-texts.js';

const formats = new Map<string, Intl.DateTimeFormat>();

/** A date in the reader's language, in Dutch time: "15 januari 2026". */
export function formatDate(texts: PublicSiteTexts, value: string | Date): string {
  let format = formats.get(texts.intlLocale);
  if (!format) {
    format = new Intl.DateTimeFormat(texts.intlLocale, { dateStyle: 'long', timeZone: 'Europe/Amsterdam' });
    formats.set(texts.intlLocale, format);
  }
  return format.format(new Date(value));
}

export function levelName(texts: PublicSiteTexts, level: string): string {
  return (texts.levels as Record<string, string>)[level] ?? level;
}

export interface ThemeName {
  slug: string;
  nameNl: string;
  nameEn: string;
}

export function themeNames(texts: PublicSiteTexts, themes: ThemeName[], slugs: string[]): string {
  return slugs
    .map((slug) => {
      const theme = themes.find((candidate) => candidate.slug === slug);
      return theme ? (texts.lang === 'en' ? theme.nameEn : theme.nameNl) : slug;
    })
    .join(', ');
}
