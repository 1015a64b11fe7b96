import { html, type SafeHtml } from '../html.js';
import type { ListingStatus } from '../listing-status.js';
import { sitePath, type PageContext } from '../page-layout.js';
import { formatDate, themeNames, type ThemeName } from './formatting.js';
import { listingLevelName } from './partner-databank.js';

export interface ListingCardItem {
  slug: string;
  title: string;
  summary: string;
  level: string;
  themes: string[];
  organisations: string[];
  decisionDate: string;
  /** The committee's own words for the level (search results carry them; see partner-databank.ts). */
  levelLabel?: string;
  levelLabelEn?: string;
}

/** The level as a badge that stays readable in print (a border, not only a background colour). */
export function levelBadge(context: PageContext, listing: { level: string; levelLabel?: string; levelLabelEn?: string }): SafeHtml {
  return html`<p class="listing-level"><span class="visually-hidden">${context.texts.listing.levelLabel}: </span><span class="level-badge">${listingLevelName(context, listing)}</span></p>`;
}

export function reassessmentBadge(context: PageContext, status: ListingStatus | undefined): SafeHtml | null {
  return status?.reassessmentInProgress ? html`<span class="status-badge">${context.texts.listing.reassessment}</span>` : null;
}

/** One result: title link, level, short summary, themes, organisations, decision date, valid until. */
export function listingCard(context: PageContext, item: ListingCardItem, themes: ThemeName[], status: ListingStatus | undefined, headingLevel: 2 | 3 = 3): SafeHtml {
  const { texts, language } = context;
  const t = texts.listing;
  const heading = html`<a href="${sitePath(language, `/interventies/${item.slug}`)}">${item.title}</a>`;
  return html`<li class="card">
${headingLevel === 2 ? html`<h2 class="card__title">${heading}</h2>` : html`<h3 class="card__title">${heading}</h3>`}
${levelBadge(context, item)}
<p class="card__summary">${item.summary}</p>
<dl class="card__facts">
${item.themes.length ? html`<div><dt>${t.themes}</dt><dd>${themeNames(texts, themes, item.themes)}</dd></div>` : null}
${item.organisations.length ? html`<div><dt>${t.organisations}</dt><dd>${item.organisations.join(', ')}</dd></div>` : null}
<div><dt>${t.decided}</dt><dd><time datetime="${item.decisionDate}">${formatDate(texts, item.decisionDate)}</time></dd></div>
${status ? html`<div><dt>${t.recognisedUntil}</dt><dd><time datetime="${status.recognisedUntil}">${formatDate(texts, status.recognisedUntil)}</time> ${reassessmentBadge(context, status)}</dd></div>` : null}
</dl>
</li>`;
}
