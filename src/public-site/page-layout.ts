import { html, jsonForScript, raw, type SafeHtml } from './html.js';
import type { PublicAssets } from './public-assets.js';
import type { PublicLanguage, PublicSiteTexts } from './texts/public-site-texts.js';

/** What every public page knows about the request it answers. */
export interface PageContext {
  texts: PublicSiteTexts;
  language: PublicLanguage;
  /** APP_URL without a trailing slash: canonical URLs and Open Graph need absolute addresses. */
  baseUrl: string;
  /** The path and query of this request, for the language switch and the printed URL. */
  path: string;
  assets: PublicAssets;
  contactEmail: string;
}

export interface PageContent {
  title: string;
  description: string;
  /** Path of the canonical URL (without the language parameter for Dutch). */
  canonicalPath?: string;
  openGraphType?: 'website' | 'article';
  structuredData?: object;
  /** `noindex` for pages that are no content of their own (errors, search results with a query). */
  noindex?: boolean;
  body: SafeHtml;
}

/** A link to a page of the public site in the reader's language (`?lang=en` only for English). */
export function sitePath(language: PublicLanguage, path: string, params?: URLSearchParams): string {
  const query = new URLSearchParams(params);
  if (language === 'en') query.set('lang', 'en');
  else query.delete('lang');
  const search = query.toString();
  return search ? `${path}?${search}` : path;
}

function switchLanguagePath(context: PageContext): string {
  const url = new URL(context.path, 'http://x');
  const target = context.texts.site.switchLanguageLang as PublicLanguage;
  return sitePath(target, url.pathname, url.searchParams);
}

/** The whole document: head with title, description, canonical URL and Open Graph; header, main, footer. */
export function renderPage(context: PageContext, page: PageContent): string {
  const { texts, language, baseUrl, assets } = context;
  const canonical = page.canonicalPath ? `${baseUrl}${sitePath(language, page.canonicalPath)}` : null;
  const fullTitle = `${page.title} | ${texts.site.name}`;
  const link = (path: string, label: string, current: boolean) =>
    html`<li><a class="site-nav__link" href="${sitePath(language, path)}"${raw(current ? ' aria-current="page"' : '')}>${label}</a></li>`;
  const currentPath = new URL(context.path, 'http://x').pathname;
  return `<!doctype html>${html`<html lang="${language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${fullTitle}</title>
<meta name="description" content="${page.description}">
${page.noindex ? raw('<meta name="robots" content="noindex">') : null}
${canonical ? html`<link rel="canonical" href="${canonical}">` : null}
<meta property="og:site_name" content="${texts.site.name}">
<meta property="og:title" content="${page.title}">
<meta property="og:description" content="${page.description}">
<meta property="og:type" content="${page.openGraphType ?? 'website'}">
<meta property="og:locale" content="${language === 'en' ? 'en_GB' : 'nl_NL'}">
${canonical ? html`<meta property="og:url" content="${canonical}">` : null}
<link rel="icon" href="/favicon.svg" type="image/svg+xml">
${assets.styles.map((href) => html`<link rel="stylesheet" href="${href}">`)}
${assets.script ? html`<script type="module" src="${assets.script}"></script>` : null}
${page.structuredData ? html`<script type="application/ld+json">${jsonForScript(page.structuredData)}</script>` : null}
</head>
<body>
<a class="skip-link" href="#main">${texts.site.skipLink}</a>
<header class="site-header">
<div class="site-header__bar container">
<a class="site-header__brand" href="${sitePath(language, '/interventies')}"><span class="site-header__name">${texts.site.name}</span><span class="site-header__tagline">${texts.site.tagline}</span></a>
<a class="site-header__language" lang="${texts.site.switchLanguageLang}" hreflang="${texts.site.switchLanguageLang}" href="${switchLanguagePath(context)}">${texts.site.switchLanguage}</a>
</div>
<nav class="site-nav" aria-label="${texts.site.mainNav}">
<ul class="site-nav__list container">
${link('/interventies', texts.site.search, currentPath.startsWith('/interventies'))}
${link('/recent-erkend', texts.site.recent, currentPath === '/recent-erkend')}
<li><a class="site-nav__link" href="/inloggen">${texts.site.login}</a></li>
</ul>
</nav>
</header>
<main id="main" tabindex="-1" class="site-main container">
${page.body}
</main>
<footer class="site-footer">
<div class="container">
<p>${texts.site.footerAbout}</p>
<p>${texts.site.footerContact(context.contactEmail).replace(context.contactEmail, '\u0000')
    .split('\u0000')
    .map((part, index, parts) => (index < parts.length - 1 ? html`${part}<a href="mailto:${context.contactEmail}">${context.contactEmail}</a>` : html`${part}`))}</p>
<ul class="site-footer__links">
<li><a href="${sitePath(language, '/toegankelijkheid')}">${texts.site.accessibility}</a></li>
<li><a href="${sitePath(language, '/privacy')}">${texts.site.privacy}</a></li>
<li><a href="/sitemap.xml">${texts.site.sitemap}</a></li>
</ul>
<p class="print-only print-source">${texts.site.printedFrom} <span data-print-url>${canonical ?? `${baseUrl}${context.path}`}</span> ${texts.site.printedOn} <span data-print-date>${new Intl.DateTimeFormat(texts.intlLocale, { dateStyle: 'long', timeZone: 'Europe/Amsterdam' }).format(new Date())}</span></p>
</div>
</footer>
</body>
</html>`.value}\n`;
}
