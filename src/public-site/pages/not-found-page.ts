import { html } from '../html.js';
import { sitePath, type PageContent, type PageContext } from '../page-layout.js';

/** The 404 page in the site's layout, with a way back into the databank. */
export function notFoundPage(context: PageContext): PageContent {
  const t = context.texts.notFound;
  return {
    title: t.title,
    description: t.text,
    noindex: true,
    body: html`<h1 tabindex="-1">${t.title}</h1>
<p>${t.text}</p>
<p><a href="${sitePath(context.language, '/interventies')}">${t.search}</a></p>`,
  };
}
