import { html } from '../html.js';
import { sitePath, type PageContent, type PageContext } from '../page-layout.js';
import type { StatementView } from '../statements/statements.service.js';
import { renderStatementText } from '../statements/statement-text.js';
import { formatDate } from './formatting.js';

/** `/toegankelijkheid` and `/privacy`: the admin's text, its contact address and when it last changed; the privacy statement links the processing overview. */
export function statementPage(context: PageContext, statement: StatementView, path: string): PageContent {
  const t = context.texts.statements;
  const title = statement.kind === 'accessibility' ? t.accessibility : t.privacy;
  const text = context.language === 'en' ? statement.bodyEn : statement.bodyNl;
  const firstParagraph = text.split(/\n\s*\n/)[0].replace(/\s+/g, ' ').slice(0, 160);
  return {
    title,
    description: firstParagraph,
    canonicalPath: path,
    body: html`<h1 tabindex="-1">${title}</h1>
<div class="statement">${renderStatementText(text)}</div>
${statement.kind === 'privacy' ? html`<p><a href="${sitePath(context.language, '/privacy/verwerkingen')}">${t.processingOverviewLink}</a></p>` : null}
<p><a href="mailto:${statement.contactEmail}">${statement.contactEmail}</a></p>
${statement.updatedAt ? html`<p class="muted">${t.updated}: <time datetime="${statement.updatedAt}">${formatDate(context.texts, statement.updatedAt)}</time></p>` : null}`,
  };
}
