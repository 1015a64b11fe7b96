import { html, type SafeHtml } from '../html.js';
import type { ListingStatus } from '../listing-status.js';
import { sitePath, type PageContent, type PageContext } from '../page-layout.js';
import type { publicListingDetail } from '../../publication/listing.view.js';
import { shortSummary } from '../../publication/listing.view.js';
import { formatDate, themeNames, type ThemeName } from './formatting.js';
import { databankLink, databanksTexts, listingLevelName } from './partner-databank.js';
import { levelBadge } from './listing-card.js';
import { parseStructuredText } from '../../common/structured-text.js';
import { listingFactsBlock } from './listing-facts-block.js';

export type PublicListing = ReturnType<typeof publicListingDetail>;

function row(name: string, value: SafeHtml | string): SafeHtml {
  return html`<div class="data-list__item"><dt>${name}</dt><dd>${value}</dd></div>`;
}

/** A werkblad text with its headings and lists (the line markers of docs/decisions/0015), never as HTML. */
function structuredText(text: string): SafeHtml[] {
  return parseStructuredText(text).map((block) =>
    block.kind === 'heading'
      ? html`<h3>${block.text}</h3>`
      : block.kind === 'list'
        ? html`<ul>${block.items.map((item) => html`<li>${item}</li>`)}</ul>`
        : html`<p class="preserve-lines">${block.text}</p>`,
  );
}

function textSection(id: string, title: string, text: string): SafeHtml | null {
  if (!text.trim()) return null;
  return html`<section aria-labelledby="${id}" class="section"><h2 id="${id}">${title}</h2>${structuredText(text)}</section>`;
}

/** schema.org: the page about the intervention, which is a Service its organisations provide, recognised by the committee. */
function structuredData(context: PageContext, listing: PublicListing, themes: ThemeName[], url: string) {
  return {
    '@context': 'https://schema.org',
    '@type': 'WebPage',
    url,
    name: listing.title,
    inLanguage: context.language,
    datePublished: listing.publishedAt,
    dateModified: listing.updatedAt,
    isPartOf: { '@type': 'WebSite', name: context.texts.site.name, url: `${context.baseUrl}/interventies` },
    mainEntity: {
      '@type': 'Service',
      name: listing.title,
      description: listing.summary,
      category: themeNames(context.texts, themes, listing.themes) || undefined,
      audience: listing.targetGroup ? { '@type': 'Audience', audienceType: listing.targetGroup } : undefined,
      provider: listing.organisations.map((name) => ({ '@type': 'Organization', name })),
      review: {
        '@type': 'Review',
        author: { '@type': 'Organization', name: 'Erkenningscommissie Interventies' },
        datePublished: listing.decisionDate,
        name: listingLevelName(context, listing),
        reviewBody: `${context.texts.listing.decided} ${formatDate(context.texts, listing.decisionDate)}: ${listingLevelName(context, listing)}. ${context.texts.listing.recognisedUntil} ${formatDate(context.texts, listing.recognisedUntil)}.`,
      },
    },
  };
}

/** `/interventies/:slug`: the public fields of one listing, its recognition dates and status, and the owner's contact. */
export function listingPage(context: PageContext, listing: PublicListing, status: ListingStatus | undefined, themes: ThemeName[]): PageContent {
  const { texts, language } = context;
  const t = texts.listing;
  const path = `/interventies/${listing.slug}`;
  const url = `${context.baseUrl}${sitePath(language, path)}`;
  const body = html`<p class="back-link no-print"><a href="${sitePath(language, '/interventies')}">${t.back}</a></p>
<h1 tabindex="-1">${listing.title}</h1>
${levelBadge(context, listing)}
${status?.reassessmentInProgress ? html`<div class="notice"><p><strong>${t.reassessment}.</strong> ${t.reassessmentText}</p></div>` : null}
<div class="listing-actions no-print">
<a class="button-link" href="${sitePath(language, `${path}/pdf`)}" download>${t.downloadPdf} <span class="button-link__hint">(PDF, ${t.downloadPdfHint})</span></a>
<button class="button" type="button" data-print hidden>${t.print}</button>
</div>
${textSection('summary-heading', t.summary, listing.summary)}
${listingFactsBlock(context, listing.facts)}
<section aria-labelledby="facts-heading" class="section">
<h2 id="facts-heading">${t.facts}</h2>
<dl class="data-list">
${row(t.levelLabel, listingLevelName(context, listing))}
${databankLink(context, listing) ? row(databanksTexts(context).inDatabank, databankLink(context, listing)!) : null}
${row(t.targetGroup, listing.targetGroup || t.notFilledIn)}
${row(t.themes, listing.themes.length ? themeNames(texts, themes, listing.themes) : t.notFilledIn)}
${row(t.organisations, listing.organisations.length ? listing.organisations.join(', ') : t.notFilledIn)}
${row(t.decided, html`<time datetime="${listing.decisionDate}">${formatDate(texts, listing.decisionDate)}</time>`)}
${row(t.recognisedUntil, html`<time datetime="${listing.recognisedUntil}">${formatDate(texts, listing.recognisedUntil)}</time>${status?.reassessmentInProgress ? html` <span class="status-badge">${t.reassessment}</span>` : null}`)}
${row(t.updated, html`<time datetime="${listing.updatedAt}">${formatDate(texts, listing.updatedAt)}</time>`)}
</dl>
</section>
${textSection('goal-heading', t.goal, listing.goal)}
${textSection('approach-heading', t.approach, listing.approach)}
${textSection('elements-heading', t.activeElements, listing.activeElements)}
${textSection('research-heading', t.research, listing.research)}
<section aria-labelledby="contact-heading" class="section contact-panel">
<h2 id="contact-heading">${t.contactTitle}</h2>
<p>${t.contactIntro}</p>
<dl class="data-list">
${row(t.contactName, listing.contact.name)}
${row(t.contactOrganisation, listing.contact.organisation)}
${row(t.contactEmail, html`<a href="mailto:${listing.contact.email}">${listing.contact.email}</a>`)}
</dl>
</section>`;
  return {
    title: listing.title,
    description: shortSummary(t.description(listingLevelName(context, listing), listing.summary), 160),
    canonicalPath: path,
    openGraphType: 'article',
    structuredData: structuredData(context, listing, themes, url),
    body,
  };
}
