import { escapeHtml } from './html.js';
import { API_PREFIXES } from '../web/api-prefixes.js';

/** The signed-in part of the web application: no page there is for search engines. */
export const STAFF_PATHS = ['/aanmeldingen', '/pijplijn', '/intake', '/begeleiding', '/beoordelingen', '/vergaderingen', '/beheer', '/taken', '/meldingen', '/profiel', '/inloggen', '/registreren'];

/** The public pages that are no listing: always in the sitemap. */
export const PUBLIC_PATHS = ['/interventies', '/recent-erkend', '/toegankelijkheid', '/privacy'];

/** robots.txt: the public pages are open; the staff screens and every API path are not. */
export function robotsTxt(baseUrl: string): string {
  const disallowed = [...STAFF_PATHS, ...API_PREFIXES.map((prefix) => `/${prefix}/`)];
  return ['User-agent: *', 'Allow: /interventies', 'Allow: /databanken', ...disallowed.map((path) => `Disallow: ${path}`), '', `Sitemap: ${baseUrl}/sitemap.xml`, ''].join('\n');
}

/** sitemap.xml (sitemaps.org 0.9): the public pages, each partner databank's own search, and every listed intervention with its last change. */
export function sitemapXml(baseUrl: string, listings: { slug: string; updatedAt: Date }[], databankPaths: string[] = []): string {
  const url = (path: string, lastmod?: Date) =>
    `<url><loc>${escapeHtml(`${baseUrl}${path}`)}</loc>${lastmod ? `<lastmod>${lastmod.toISOString().slice(0, 10)}</lastmod>` : ''}</url>`;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...PUBLIC_PATHS.map((path) => url(path)),
    ...databankPaths.map((path) => url(path)),
    ...listings.map((listing) => url(`/interventies/${encodeURIComponent(listing.slug)}`, listing.updatedAt)),
    '</urlset>',
    '',
  ].join('\n');
}
