/**
 * First path segments of the public website that the API process renders itself as HTML
 * (src/public-site/): never the web application's index.html. The web's dev server passes them
 * to the API too.
 */
export const SERVER_PAGE_PREFIXES: readonly string[] = ['interventies', 'databanken', 'recent-erkend', 'toegankelijkheid', 'privacy', 'sitemap.xml', 'robots.txt'];
