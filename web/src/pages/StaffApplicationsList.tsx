import { Link, useSearchParams } from 'react-router';
import { staffListApi } from '../api/staff-list-api';
import { ApplicationList } from '../components/ApplicationList';
import { LoadError, Loading } from '../components/Loading';
import { Pagination } from '../components/Pagination';
import { StaffFiltersForm } from '../components/StaffFiltersForm';
import { useI18n } from '../i18n/i18n';
import { filtersFrom, pageFrom, paramsFrom, queryFrom, type StaffFilters } from '../lib/staff-list-filters';
import { useResource } from '../lib/use-resource';

export const STAFF_PAGE_SIZE = 25;

/**
 * The staff's list of applications: searched, filtered, sorted and paged by the API; the address
 * holds the view, so it can be bookmarked and Back returns to the previous one.
 */
export function StaffApplicationsList() {
  const { t } = useI18n();
  const s = t.staffList;
  const [params, setParams] = useSearchParams();
  const key = params.toString();
  const applied = filtersFrom(params);
  const page = pageFrom(params);
  const results = useResource(() => {
    const current = new URLSearchParams(key);
    return staffListApi.list(queryFrom(filtersFrom(current), { page: pageFrom(current), pageSize: STAFF_PAGE_SIZE }));
  }, key);
  const data = results.data;
  const link = (to: number) => `/aanmeldingen?${paramsFrom(applied, to).toString()}`;
  const apply = (filters: StaffFilters) => setParams(paramsFrom(filters));

  return (
    <>
      <StaffFiltersForm applied={applied} onApply={apply} />
      <section aria-labelledby="results-heading" className="section">
        <h2 className="utrecht-heading-2" id="results-heading">
          {s.results}
        </h2>
        {/* Always in the page, so that each new count is announced. */}
        <p className="utrecht-paragraph result-count" role="status" aria-live="polite">
          {data && !results.loading
            ? [
                s.count(data.total),
                data.stuckTotal > 0 ? s.stuckTotal(data.stuckTotal) : '',
                data.items.length > 0 && data.pageCount > 1 ? s.range((data.page - 1) * data.pageSize + 1, (data.page - 1) * data.pageSize + data.items.length) : '',
              ]
                .filter(Boolean)
                .join(' ')
            : ''}
        </p>
        {results.error ? (
          <LoadError error={results.error} onRetry={results.reload} />
        ) : !data ? (
          <Loading />
        ) : data.items.length === 0 && data.total > 0 ? (
          <p className="utrecht-paragraph">
            {s.beyondLastPage}{' '}
            <Link className="utrecht-link utrecht-link--html-a" to={link(1)}>
              {s.firstPage}
            </Link>
          </p>
        ) : data.items.length === 0 ? (
          <p className="utrecht-paragraph">{s.empty}</p>
        ) : (
          <div aria-busy={results.loading || undefined}>
            <ApplicationList applications={data.items} showDays />
            <Pagination page={page} pages={data.pageCount} link={link} />
          </div>
        )}
      </section>
    </>
  );
}
