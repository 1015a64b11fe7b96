import { html, type SafeHtml } from '../html.js';
import type { ListingStatus } from '../listing-status.js';
import { sitePath, type PageContent, type PageContext } from '../page-layout.js';
import { LEVEL_CODES } from '../../track/track.levels.js';
import { levelName, type ThemeName } from './formatting.js';
import { listingCard, type ListingCardItem } from './listing-card.js';
import { FACT_FIELD_IDS, factFilterFields } from './fact-filter-fields.js';
import { databankPath, databanksTexts, negativeVerdictsSection, partnerLinks, type DatabankScope } from './partner-databank.js';
import type { PublicNegativeVerdict } from '../../publication/partner-databank.view.js';

/** The search as the address holds it, in Dutch parameter names (shareable, bookmarkable). */
export interface SearchCriteria {
  q: string;
  thema: string;
  niveau: string;
  doelgroep: string;
  /** Fact filters (listing-facts.ts): a setting code, an age band, whole euros per participant. */
  setting: string;
  leeftijd: string;
  maxkosten: string;
  /** A partner's databank (its path name) on the national search; empty for all. */
  databank: string;
  pagina: number;
}

export interface SearchResults {
  items: ListingCardItem[];
  total: number;
  truncated: boolean;
  page: number;
  pageSize: number;
  /** A corrected query that finds listings, when this one found none (the search service's). */
  suggestion?: string | null;
}

export interface SearchPageModel {
  criteria: SearchCriteria;
  themes: ThemeName[];
  /** Field name (q, thema, niveau, doelgroep, pagina) → message, when the search could not run. */
  errors: Record<string, string>;
  results: SearchResults | null;
  statuses: Map<string, ListingStatus>;
  /** Every partner databank, for the national search's filter and links. */
  databanks?: DatabankScope[];
  /** Set on a partner's own page (/databanken/:slug/interventies): the search is limited to it. */
  scope?: DatabankScope;
  /** That databank's published niet-erkend verdicts. */
  verdicts?: PublicNegativeVerdict[];
}

/** The page the search runs on: the national search or a partner's own. */
function basePath(model: { scope?: DatabankScope }): string {
  return model.scope ? databankPath(model.scope.slug) : '/interventies';
}

export function searchParams(criteria: SearchCriteria, page = 1): URLSearchParams {
  const params = new URLSearchParams();
  if (criteria.q) params.set('q', criteria.q);
  if (criteria.thema) params.set('thema', criteria.thema);
  if (criteria.niveau) params.set('niveau', criteria.niveau);
  if (criteria.doelgroep) params.set('doelgroep', criteria.doelgroep);
  if (criteria.setting) params.set('setting', criteria.setting);
  if (criteria.leeftijd) params.set('leeftijd', criteria.leeftijd);
  if (criteria.maxkosten) params.set('maxkosten', criteria.maxkosten);
  if (criteria.databank) params.set('databank', criteria.databank);
  if (page > 1) params.set('pagina', String(page));
  return params;
}

export function textField(id: string, name: string, label: string, hint: string, value: string, error: string | undefined): SafeHtml {
  const describedBy = [`${id}-hint`, error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return html`<div class="field${error ? ' field--invalid' : ''}">
<label class="field__label" for="${id}">${label}</label>
<p class="field__hint" id="${id}-hint">${hint}</p>
${error ? html`<p class="field__error" id="${id}-error">${error}</p>` : null}
<input class="textbox" type="search" id="${id}" name="${name}" value="${value}" aria-describedby="${describedBy}"${error ? html` aria-invalid="true"` : null}>
</div>`;
}

export function selectField(id: string, name: string, label: string, placeholder: string, value: string, options: { value: string; label: string }[], error: string | undefined): SafeHtml {
  return html`<div class="field${error ? ' field--invalid' : ''}">
<label class="field__label" for="${id}">${label}</label>
${error ? html`<p class="field__error" id="${id}-error">${error}</p>` : null}
<select class="select" id="${id}" name="${name}"${error ? html` aria-describedby="${id}-error" aria-invalid="true"` : null}>
<option value="">${placeholder}</option>
${options.map((option) => html`<option value="${option.value}"${option.value === value ? html` selected` : null}>${option.label}</option>`)}
</select>
</div>`;
}

function pagination(context: PageContext, path: string, criteria: SearchCriteria, page: number, pages: number): SafeHtml | null {
  if (pages <= 1) return null;
  const t = context.texts.search;
  const link = (to: number) => sitePath(context.language, path, searchParams(criteria, to));
  return html`<nav aria-label="${t.pagination}"><ul class="pagination">
${page > 1 ? html`<li><a rel="prev" href="${link(page - 1)}">${t.previous}</a></li>` : null}
<li aria-current="page">${t.pageOf(page, pages)}</li>
${page < pages ? html`<li><a rel="next" href="${link(page + 1)}">${t.next}</a></li>` : null}
</ul></nav>`;
}

/** "Bedoelde u …": the search service only offers a suggestion that finds listings. */
function suggestion(context: PageContext, path: string, criteria: SearchCriteria, suggested: string | null | undefined): SafeHtml | null {
  if (!suggested) return null;
  const t = context.texts.search;
  const href = sitePath(context.language, path, searchParams({ ...criteria, q: suggested, pagina: 1 }));
  return html`<p class="search-suggestion">${t.didYouMean} <a href="${href}" aria-label="${t.suggestionLabel(suggested)}"><em>${suggested}</em></a>?</p>`;
}

function results(context: PageContext, model: SearchPageModel): SafeHtml {
  const t = context.texts.search;
  const data = model.results;
  if (!data) return html`<p class="result-count" role="status"></p>`;
  const pages = Math.max(1, Math.ceil(data.total / data.pageSize));
  const range = data.items.length > 0 && pages > 1 ? ` ${t.range((data.page - 1) * data.pageSize + 1, (data.page - 1) * data.pageSize + data.items.length, data.total)}` : '';
  const count = html`<p class="result-count" role="status">${t.count(data.total)}${range}</p>`;
  if (data.items.length === 0 && data.total > 0)
    return html`${count}<p>${t.beyondLastPage} <a href="${sitePath(context.language, basePath(model), searchParams(model.criteria, 1))}">${t.firstPage}</a></p>`;
  if (data.items.length === 0) return html`${count}<div class="panel"><h3>${t.emptyTitle}</h3>${suggestion(context, basePath(model), model.criteria, data.suggestion)}<p>${t.emptyText}</p></div>`;
  return html`${count}
${data.truncated ? html`<p>${t.truncated}</p>` : null}
<ul class="card-list">${data.items.map((item) => listingCard(context, item, model.themes, model.statuses.get(item.slug)))}</ul>
${pagination(context, basePath(model), model.criteria, data.page, pages)}`;
}

/**
 * `/interventies` (the national search across every partner databank, with a databank filter) and
 * `/databanken/:slug/interventies` (one partner's own): a GET form (works without JavaScript), the
 * result count, the results, paging links; on a partner's page its published niet-erkend verdicts.
 */
export function searchPage(context: PageContext, model: SearchPageModel): PageContent {
  const { texts, language } = context;
  const t = texts.search;
  const d = databanksTexts(context);
  const { criteria, errors, scope } = model;
  const path = basePath(model);
  const title = scope ? scope.name : t.title;
  const errorEntries = Object.entries(errors);
  const filtered = Boolean(criteria.q || criteria.thema || criteria.niveau || criteria.doelgroep || criteria.databank || criteria.setting || criteria.leeftijd || criteria.maxkosten);
  const fieldIds: Record<string, string> = { q: 'search-q', thema: 'search-theme', niveau: 'search-level', doelgroep: 'search-target-group', databank: 'search-databank', pagina: 'search-q', ...FACT_FIELD_IDS };
  const databanks = model.databanks ?? [];
  const body = html`<h1 tabindex="-1">${title}</h1>
<p>${scope ? d.scopeIntro(scope.name) : t.intro}</p>
${scope ? html`<p class="back-link"><a href="${sitePath(language, '/interventies')}">${d.nationalLink}</a></p>` : null}
${errorEntries.length
    ? html`<div class="error-summary" role="alert" aria-labelledby="error-summary-title"><h2 id="error-summary-title">${t.invalidTitle}</h2><ul>${errorEntries.map(([field, message]) => html`<li><a href="#${fieldIds[field] ?? 'search-q'}">${message}</a></li>`)}</ul></div>`
    : null}
<form class="search-form" role="search" method="get" action="${path}" data-enhance="search">
${language === 'en' ? html`<input type="hidden" name="lang" value="en">` : null}
${textField('search-q', 'q', t.searchLabel, t.searchHint, criteria.q, errors.q ?? errors.pagina)}
<fieldset class="search-form__filters">
<legend>${t.filters}</legend>
${selectField('search-theme', 'thema', t.theme, t.anyTheme, criteria.thema, model.themes.map((theme) => ({ value: theme.slug, label: language === 'en' ? theme.nameEn : theme.nameNl })), errors.thema)}
${selectField('search-level', 'niveau', t.level, t.anyLevel, criteria.niveau, LEVEL_CODES.map((level) => ({ value: level, label: levelName(texts, level) })), errors.niveau)}
${textField('search-target-group', 'doelgroep', t.targetGroup, t.targetGroupHint, criteria.doelgroep, errors.doelgroep)}
${factFilterFields(context, criteria, errors)}
${!scope && databanks.length > 1 ? selectField('search-databank', 'databank', d.databank, d.anyDatabank, criteria.databank, databanks.map((databank) => ({ value: databank.slug, label: databank.name })), errors.databank) : null}
</fieldset>
<div class="button-group">
<button class="button button--primary" type="submit">${t.submit}</button>
${filtered ? html`<a class="button-link" href="${sitePath(language, path)}">${t.clear}</a>` : null}
</div>
</form>
<section aria-labelledby="results-heading" class="section" id="results">
<h2 id="results-heading">${t.results}</h2>
${results(context, model)}
</section>
${scope ? negativeVerdictsSection(context, scope, model.verdicts ?? []) : partnerLinks(context, databanks)}`;
  return {
    title,
    description: scope ? d.scopeDescription(scope.name) : t.description,
    canonicalPath: path,
    // A result list with a query is no page of its own for a search engine; the listings are.
    noindex: filtered || criteria.pagina > 1,
    structuredData: { '@context': 'https://schema.org', '@type': 'SearchResultsPage', name: title, url: `${context.baseUrl}${path}` },
    body,
  };
}
