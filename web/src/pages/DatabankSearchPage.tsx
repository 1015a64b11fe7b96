import { useEffect, useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { api } from '../api/client';
import { LEVEL_CODES, type LevelCode, type ListingItem, type ListingSearchQuery, type Theme } from '../api/types';
import { Button, ButtonGroup } from '../components/Button';
import { LoadError, Loading } from '../components/Loading';
import { PageHeading } from '../components/PageHeading';
import { SearchSuggestion } from '../components/SearchSuggestion';
import { SelectField, TextField } from '../components/fields';
import '../components/databank-and-inbox.css';
import { label, useI18n } from '../i18n/i18n';
import { useResource } from '../lib/use-resource';

export const PAGE_SIZE = 10;

interface Criteria {
  q: string;
  theme: string;
  level: string;
  targetGroup: string;
}

function criteriaFrom(params: URLSearchParams): Criteria {
  return { q: params.get('q') ?? '', theme: params.get('thema') ?? '', level: params.get('niveau') ?? '', targetGroup: params.get('doelgroep') ?? '' };
}

/** The address holds the search (Dutch parameter names), so a result list can be shared and the back button works. */
function paramsFrom(criteria: Criteria, page = 1): URLSearchParams {
  const params = new URLSearchParams();
  if (criteria.q.trim()) params.set('q', criteria.q.trim());
  if (criteria.theme) params.set('thema', criteria.theme);
  if (criteria.level) params.set('niveau', criteria.level);
  if (criteria.targetGroup.trim()) params.set('doelgroep', criteria.targetGroup.trim());
  if (page > 1) params.set('pagina', String(page));
  return params;
}

function queryFrom(criteria: Criteria, page: number): ListingSearchQuery {
  return {
    q: criteria.q || undefined,
    theme: criteria.theme || undefined,
    level: (LEVEL_CODES as readonly string[]).includes(criteria.level) ? (criteria.level as LevelCode) : undefined,
    targetGroup: criteria.targetGroup || undefined,
    page,
    pageSize: PAGE_SIZE,
  };
}

export function themeName(themes: Theme[] | undefined, slug: string, locale: 'nl' | 'en'): string {
  const theme = themes?.find((candidate) => candidate.slug === slug);
  return theme ? (locale === 'nl' ? theme.nameNl : theme.nameEn) : slug;
}

/** The public databank (no login): search words, filters, a result count read out by screen readers, pages. */
export function DatabankSearchPage() {
  const { t, locale } = useI18n();
  const [params, setParams] = useSearchParams();
  const applied = criteriaFrom(params);
  const page = Math.min(1000, Math.max(1, Number.parseInt(params.get('pagina') ?? '1', 10) || 1));
  const [form, setForm] = useState<Criteria>(applied);
  const key = params.toString();
  const themes = useResource(() => api.themes(), 'themes');
  const results = useResource(() => api.searchListings(queryFrom(criteriaFrom(new URLSearchParams(key)), page)), key);

  // Back and forward change the address: the form follows it.
  useEffect(() => setForm(criteriaFrom(new URLSearchParams(key))), [key]);

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    setParams(paramsFrom(form));
  }

  function clear() {
    setForm({ q: '', theme: '', level: '', targetGroup: '' });
    setParams(new URLSearchParams());
  }

  const data = results.data;
  const pages = data ? Math.max(1, Math.ceil(data.total / data.pageSize)) : 1;
  const pageLink = (to: number) => `/interventies?${paramsFrom(applied, to).toString()}`;
  const filtered = Boolean(applied.q || applied.theme || applied.level || applied.targetGroup);

  return (
    <>
      <PageHeading>{t.databank.title}</PageHeading>
      <p className="utrecht-paragraph">{t.databank.intro}</p>
      <form className="form search-form" role="search" onSubmit={onSubmit} noValidate>
        <TextField name="q" label={t.databank.searchLabel} description={t.databank.searchHint} value={form.q} onChange={(q) => setForm((f) => ({ ...f, q }))} />
        <fieldset className="search-form__filters">
          <legend>{t.databank.filters}</legend>
          <SelectField
            name="theme"
            label={t.databank.theme}
            value={form.theme}
            onChange={(theme) => setForm((f) => ({ ...f, theme }))}
            placeholder={t.databank.anyTheme}
            options={(themes.data ?? []).map((theme) => ({ value: theme.slug, label: locale === 'nl' ? theme.nameNl : theme.nameEn }))}
          />
          <SelectField
            name="level"
            label={t.databank.level}
            value={form.level}
            onChange={(level) => setForm((f) => ({ ...f, level }))}
            placeholder={t.databank.anyLevel}
            options={LEVEL_CODES.map((level) => ({ value: level, label: t.levels[level] }))}
          />
          <TextField name="targetGroup" label={t.databank.targetGroup} description={t.databank.targetGroupHint} value={form.targetGroup} onChange={(targetGroup) => setForm((f) => ({ ...f, targetGroup }))} />
        </fieldset>
        <ButtonGroup>
          <Button type="submit" variant="primary">
            {t.databank.submit}
          </Button>
          {filtered && <Button onClick={clear}>{t.databank.clear}</Button>}
        </ButtonGroup>
      </form>

      <section aria-labelledby="results-heading" className="section">
        <h2 className="utrecht-heading-2" id="results-heading">
          {t.databank.results}
        </h2>
        {/* Always in the page, so that each new count is announced. */}
        <p className="utrecht-paragraph result-count" role="status" aria-live="polite">
          {data && !results.loading ? `${t.databank.count(data.total)}${data.items.length > 0 && pages > 1 ? ` ${t.databank.range((data.page - 1) * data.pageSize + 1, (data.page - 1) * data.pageSize + data.items.length, data.total)}` : ''}` : ''}
        </p>
        {results.error ? (
          <LoadError error={results.error} onRetry={results.reload} />
        ) : !data ? (
          <Loading />
        ) : data.items.length === 0 && data.total > 0 ? (
          <p className="utrecht-paragraph">
            {t.databank.beyondLastPage}{' '}
            <Link className="utrecht-link utrecht-link--html-a" to={pageLink(1)}>
              {t.databank.firstPage}
            </Link>
          </p>
        ) : data.items.length === 0 ? (
          <div className="panel">
            <h3 className="utrecht-heading-3">{t.databank.emptyTitle}</h3>
            <p className="utrecht-paragraph">{t.databank.emptyText}</p>
            <SearchSuggestion suggestion={data.suggestion} to={(q) => `/interventies?${paramsFrom({ ...applied, q }).toString()}`} />
          </div>
        ) : (
          <div aria-busy={results.loading || undefined}>
            {data.truncated && <p className="utrecht-paragraph">{t.databank.truncated}</p>}
            <ul className="card-list">
              {data.items.map((item) => (
                <Result key={item.slug} item={item} themes={themes.data} />
              ))}
            </ul>
            {pages > 1 && (
              <nav aria-label={t.databank.pagination}>
                <ul className="pagination">
                  {page > 1 && (
                    <li>
                      <Link className="utrecht-link utrecht-link--html-a" to={pageLink(page - 1)}>
                        {t.databank.previous}
                      </Link>
                    </li>
                  )}
                  <li aria-current="page">{t.databank.pageOf(page, pages)}</li>
                  {page < pages && (
                    <li>
                      <Link className="utrecht-link utrecht-link--html-a" to={pageLink(page + 1)}>
                        {t.databank.next}
                      </Link>
                    </li>
                  )}
                </ul>
              </nav>
            )}
          </div>
        )}
      </section>
    </>
  );
}

function Result({ item, themes }: { item: ListingItem; themes: Theme[] | undefined }) {
  const { t, locale, formatDate } = useI18n();
  return (
    <li className="card databank-card">
      <h3 className="utrecht-heading-3 card__title">
        <Link className="utrecht-link utrecht-link--html-a" to={`/interventies/${item.slug}`}>
          {item.title}
        </Link>
      </h3>
      <p className="utrecht-paragraph">
        <span className="visually-hidden">{t.databank.levelLabel}: </span>
        <span className="level-badge">{label(t.levels, item.level)}</span>
      </p>
      <p className="utrecht-paragraph result__summary">{item.summary}</p>
      <dl className="card__facts">
        {item.themes.length > 0 && (
          <div>
            <dt>{t.databank.themes}</dt>
            <dd>{item.themes.map((slug) => themeName(themes, slug, locale)).join(', ')}</dd>
          </div>
        )}
        {item.organisations.length > 0 && (
          <div>
            <dt>{t.databank.organisations}</dt>
            <dd>{item.organisations.join(', ')}</dd>
          </div>
        )}
        <div>
          <dt>{t.databank.decided}</dt>
          <dd>
            <time dateTime={item.decisionDate}>{formatDate(item.decisionDate)}</time>
          </dd>
        </div>
      </dl>
    </li>
  );
}
