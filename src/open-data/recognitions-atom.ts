import type { PublicListingDetail } from './open-data.service.js';

export function escapeXml(text: string): string {
  return text.replace(/[<>&'"]/g, (char) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[char]!);
}

export function listingUrl(appUrl: string, slug: string): string {
  return `${appUrl.replace(/\/$/, '')}/interventies/${slug}`;
}

/**
 * An Atom feed (RFC 4287) of new and updated recognitions: one entry per listing, updated when
 * the listing was last published or updated, with the level and decision date in the title and
 * the public summary as content. The entry id is the listing's permanent URL.
 */
export function recognitionsAtom(options: { appUrl: string; selfUrl: string; theme?: string; listings: PublicListingDetail[] }): string {
  const { appUrl, selfUrl, theme, listings } = options;
  const updated = listings[0]?.updatedAt ?? new Date(0).toISOString();
  const title = theme ? `Databank Effectieve sociale interventies – erkenningen, thema ${theme}` : 'Databank Effectieve sociale interventies – erkenningen';
  const entries = listings.map((listing) => {
    const url = listingUrl(appUrl, listing.slug);
    return `  <entry>
    <id>${escapeXml(url)}</id>
    <title>${escapeXml(listing.title)}</title>
    <link rel="alternate" type="text/html" href="${escapeXml(url)}"/>
    <published>${listing.publishedAt}</published>
    <updated>${listing.updatedAt}</updated>
    <author><name>${escapeXml(listing.contact.organisation)}</name></author>
${listing.themes.map((slug) => `    <category term="${escapeXml(slug)}"/>`).join('\n')}
    <category term="${escapeXml(listing.level)}" label="${escapeXml(listing.levelLabel)}"/>
    <summary type="text">${escapeXml(listing.summary)}</summary>
  </entry>`;
  });
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="nl">
  <id>${escapeXml(selfUrl)}</id>
  <title>${escapeXml(title)}</title>
  <link rel="self" type="application/atom+xml" href="${escapeXml(selfUrl)}"/>
  <link rel="alternate" type="text/html" href="${escapeXml(`${appUrl.replace(/\/$/, '')}/interventies`)}"/>
  <updated>${updated}</updated>
${entries.join('\n')}
</feed>
`;
}
