import { publicSiteEn } from './public-site-en.js';
import { publicSiteNl, type PublicSiteTexts } from './public-site-nl.js';

export type { PublicSiteTexts };
export type PublicLanguage = 'nl' | 'en';

/** Dutch unless English is asked for (`?lang=en`). */
export function publicLanguage(value: unknown): PublicLanguage {
  return value === 'en' ? 'en' : 'nl';
}

export function publicSiteTexts(language: PublicLanguage): PublicSiteTexts {
  return language === 'en' ? publicSiteEn : publicSiteNl;
}
