import { dateLabel, paragraphs, text } from './labels.js';
import type { Language, TemplateGroup, TemplateInput } from './template.types.js';

/** One line of the daily digest: a notification's title, already in the recipient's language. */
export interface DailyDigestItem {
  title: string;
  reference: string | null;
  name: string | null;
}

function itemsOf(input: TemplateInput): DailyDigestItem[] {
  return Array.isArray(input.params.items) ? (input.params.items as DailyDigestItem[]) : [];
}

/** The items per application, one paragraph each, in the order they happened. */
function digestParagraphs(input: TemplateInput, language: Language): string[] {
  const byCase = new Map<string, string[]>();
  for (const item of itemsOf(input)) {
    const heading = item.name ? `${text(item.name)}${item.reference ? ` (${text(item.reference)})` : ''}` : language === 'nl' ? 'Algemeen' : 'General';
    byCase.set(heading, [...(byCase.get(heading) ?? []), `- ${text(item.title)}`]);
  }
  return [...byCase].map(([heading, lines]) => [`${heading}:`, ...lines].join('\n'));
}

/** The daily digest: everything a user chose to hear of once a day, in one mail. */
export const DAILY_DIGEST_TEMPLATES = {
  'daily-digest': {
    params: ['day', 'items'],
    path: () => '/meldingen',
    nl: (i) => ({
      subject: `Dagoverzicht: ${itemsOf(i).length} ${itemsOf(i).length === 1 ? 'melding' : 'meldingen'}`,
      paragraphs: paragraphs(`Dit zijn uw meldingen${dateLabel(i.params.day, 'nl') ? ` tot ${dateLabel(i.params.day, 'nl')}` : ''}.`, ...digestParagraphs(i, 'nl')),
      action: 'Naar uw meldingen',
    }),
    en: (i) => ({
      subject: `Daily digest: ${itemsOf(i).length} ${itemsOf(i).length === 1 ? 'notification' : 'notifications'}`,
      paragraphs: paragraphs(`These are your notifications${dateLabel(i.params.day, 'en') ? ` up to ${dateLabel(i.params.day, 'en')}` : ''}.`, ...digestParagraphs(i, 'en')),
      action: 'Go to your notifications',
    }),
  },
} satisfies TemplateGroup;
