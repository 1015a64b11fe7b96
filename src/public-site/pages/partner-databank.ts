import { html, type SafeHtml } from '../html.js';
import { sitePath, type PageContext } from '../page-layout.js';
import { databanksEn } from '../texts/databanks-en.js';
import { databanksNl, type DatabanksTexts } from '../texts/databanks-nl.js';
import type { PublicNegativeVerdict } from '../../publication/partner-databank.view.js';
import { formatDate, levelName } from './formatting.js';

export function databanksTexts(context: PageContext): DatabanksTexts {
  return context.language === 'en' ? databanksEn : databanksNl;
}

/** A partner's databank as the public pages show it. */
export interface DatabankScope {
  slug: string;
  name: string;
  publishesNegativeVerdicts: boolean;
}

export function databankPath(slug: string): string {
  return `/databanken/${slug}/interventies`;
}

/** The level in the words of the listing's committee (from the API), else the site's national words. */
export function listingLevelName(context: PageContext, listing: { level: string; levelLabel?: string; levelLabelEn?: string }): string {
  const own = context.language === 'en' ? listing.levelLabelEn : listing.levelLabel;
  return own ?? levelName(context.texts, listing.level);
}

/** The databank a listing belongs to, linked to that databank's own search. */
export function databankLink(context: PageContext, listing: { databank?: string | null; databankName?: string | null }): SafeHtml | null {
  if (!listing.databank || !listing.databankName) return null;
  return html`<a href="${sitePath(context.language, databankPath(listing.databank))}">${listing.databankName}</a>`;
}

/** Links to every partner's own search, under the national one. */
export function partnerLinks(context: PageContext, databanks: DatabankScope[]): SafeHtml | null {
  if (databanks.length < 2) return null;
  const t = databanksTexts(context);
  return html`<nav aria-labelledby="partner-databanks-heading" class="section">
<h2 id="partner-databanks-heading">${t.partnerLinks}</h2>
<ul>${databanks.map((databank) => html`<li><a href="${sitePath(context.language, databankPath(databank.slug))}">${databank.name}</a></li>`)}</ul>
</nav>`;
}

/** The published niet-erkend verdicts of a databank that publishes them: name, organisation, verdict, reason, date. */
export function negativeVerdictsSection(context: PageContext, scope: DatabankScope, verdicts: PublicNegativeVerdict[]): SafeHtml | null {
  if (!scope.publishesNegativeVerdicts && verdicts.length === 0) return null;
  const t = databanksTexts(context);
  return html`<section aria-labelledby="verdicts-heading" class="section" id="niet-erkend">
<h2 id="verdicts-heading">${t.verdictsTitle}</h2>
<p>${t.verdictsIntro(scope.name)}</p>
${verdicts.length === 0
    ? html`<p>${t.verdictsNone}</p>`
    : html`<ul class="card-list">${verdicts.map(
        (verdict) => html`<li class="card" id="oordeel-${verdict.id}">
<h3 class="card__title">${verdict.title}</h3>
<p class="listing-level"><span class="visually-hidden">${t.verdict}: </span><span class="level-badge level-badge--negative">${t.notRecognised}</span></p>
<dl class="card__facts">
<div><dt>${t.organisation}</dt><dd>${verdict.organisation}</dd></div>
<div><dt>${t.decided}</dt><dd><time datetime="${verdict.decisionDate}">${formatDate(context.texts, verdict.decisionDate)}</time></dd></div>
<div><dt>${t.reason}</dt><dd>${verdict.reason}</dd></div>
</dl>
</li>`,
      )}</ul>`}
</section>`;
}
