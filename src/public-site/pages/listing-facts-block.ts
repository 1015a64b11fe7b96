import type { PublicListingFacts } from '../../publication/listing-facts.view.js';
import { html, type SafeHtml } from '../html.js';
import type { PageContext } from '../page-layout.js';
import { listingFactsTexts, type ListingFactsTexts } from '../texts/listing-facts-texts.js';

const euroFormats = new Map<string, Intl.NumberFormat>();

/** "€ 125" for whole euros, "€ 125,50" otherwise (never "€ 125,5"). */
export function formatEuros(locale: string, cents: number): string {
  const digits = cents % 100 === 0 ? 0 : 2;
  const key = `${locale}|${digits}`;
  let format = euroFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR', minimumFractionDigits: digits, maximumFractionDigits: digits });
    euroFormats.set(key, format);
  }
  return format.format(cents / 100);
}

/** Each fact as one line of text (null when not given), for the page and the PDF alike. */
export function factLines(t: ListingFactsTexts, locale: string, facts: PublicListingFacts) {
  const cost =
    facts.costAmountCents === null || facts.costBasis === null
      ? null
      : facts.costAmountCents === 0
        ? t.free
        : `${formatEuros(locale, facts.costAmountCents)} ${t.costBasis[facts.costBasis]}`;
  const duration = [
    facts.durationWeeks === null ? null : t.weeks(facts.durationWeeks),
    facts.sessions === null ? null : [t.sessions(facts.sessions), facts.sessionMinutes === null ? null : t.minutesEach(facts.sessionMinutes)].filter(Boolean).join(' '),
  ]
    .filter(Boolean)
    .join(', ');
  const training = [facts.training, facts.trainingRequired === null ? '' : facts.trainingRequired ? t.trainingRequired : t.trainingOptional].filter(Boolean).join(' — ');
  return {
    cost,
    costIncludes: facts.costIncludes || null,
    duration: duration || null,
    staff: facts.staffQualifications || null,
    training: training || null,
    settings: facts.settings.length ? facts.settings.map((setting) => t.settingNames[setting] ?? setting).join(', ') : null,
    ageGroup: facts.ageMin === null && facts.ageMax === null ? null : t.ages(facts.ageMin, facts.ageMax),
  };
}

function item(name: string, value: string | null, notGiven: string): SafeHtml {
  return html`<div class="data-list__item"><dt>${name}</dt><dd class="preserve-lines">${value ?? html`<span class="fact-missing">${notGiven}</span>`}</dd></div>`;
}

/** "In het kort / At a glance": the structured facts of a listing, the way Blueprints and the EIF Guidebook open a page. */
export function listingFactsBlock(context: PageContext, facts: PublicListingFacts | null): SafeHtml | null {
  if (!facts) return null;
  const t = listingFactsTexts(context.language);
  const lines = factLines(t, context.texts.intlLocale, facts);
  return html`<section aria-labelledby="at-a-glance-heading" class="section at-a-glance">
<h2 id="at-a-glance-heading">${t.atAGlance}</h2>
<dl class="data-list">
${item(t.ageGroup, lines.ageGroup, t.notGiven)}
${item(t.settings, lines.settings, t.notGiven)}
${item(t.duration, lines.duration, t.notGiven)}
${item(t.cost, lines.cost, t.notGiven)}
${lines.costIncludes ? item(t.costIncludes, lines.costIncludes, t.notGiven) : null}
${item(t.staff, lines.staff, t.notGiven)}
${item(t.training, lines.training, t.notGiven)}
</dl>
</section>`;
}
