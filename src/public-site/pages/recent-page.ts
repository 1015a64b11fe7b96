import { html } from '../html.js';
import type { ListingStatus } from '../listing-status.js';
import type { PageContent, PageContext } from '../page-layout.js';
import type { ThemeName } from './formatting.js';
import { listingCard, type ListingCardItem } from './listing-card.js';

/** `/recent-erkend`: the listings decided in the last `days` days, newest decision first. */
export function recentPage(context: PageContext, items: ListingCardItem[], statuses: Map<string, ListingStatus>, themes: ThemeName[], days: number): PageContent {
  const t = context.texts.recent;
  return {
    title: t.title,
    description: t.description,
    canonicalPath: '/recent-erkend',
    structuredData: {
      '@context': 'https://schema.org',
      '@type': 'ItemList',
      name: t.title,
      itemListElement: items.map((item, index) => ({ '@type': 'ListItem', position: index + 1, url: `${context.baseUrl}/interventies/${item.slug}`, name: item.title })),
    },
    body: html`<h1 tabindex="-1">${t.title}</h1>
<p>${t.intro(days)}</p>
${items.length ? html`<ul class="card-list">${items.map((item) => listingCard(context, item, themes, statuses.get(item.slug), 2))}</ul>` : html`<p>${t.empty}</p>`}`,
  };
}
