import type { ProcessingActivity } from '../../privacy/processing-overview.js';
import { ROLE_LABELS } from '../../users/role.js';
import { html } from '../html.js';
import { sitePath, type PageContent, type PageContext } from '../page-layout.js';

/** `/privacy/verwerkingen`: the processing overview, linked from the privacy statement. */
export function processingOverviewPage(context: PageContext, activities: ProcessingActivity[]): PageContent {
  const t = context.texts.processingOverview;
  const language = context.language;
  const audience = (key: ProcessingActivity['audiences'][number]) => (key === 'self' ? t.self : key === 'public' ? t.public : ROLE_LABELS[key][language].toLowerCase());
  return {
    title: t.title,
    description: t.intro,
    canonicalPath: '/privacy/verwerkingen',
    body: html`<h1 tabindex="-1">${t.title}</h1>
<p>${t.intro}</p>
${activities.map(
  (activity) => html`<section class="processing-activity" aria-labelledby="verwerking-${activity.key}">
<h2 id="verwerking-${activity.key}">${activity.title[language]}</h2>
<dl>
<dt>${t.data}</dt><dd>${activity.data[language]}</dd>
<dt>${t.purpose}</dt><dd>${activity.purpose[language]}</dd>
<dt>${t.legalBasis}</dt><dd>${activity.legalBasis[language]}</dd>
<dt>${t.retention}</dt><dd><ul>${activity.retention.map((line) => html`<li>${line.text[language]}</li>`)}</ul></dd>
<dt>${t.audiences}</dt><dd>${activity.audiences.map(audience).join(', ')}</dd>
</dl>
</section>`,
)}
<p><a href="${sitePath(language, '/privacy')}">${t.back}</a></p>`,
  };
}
