import { Link, useSearchParams } from 'react-router';
import { api } from '../api/client';
import type { TodoItem } from '../api/types';
import { LoadError, Loading } from '../components/Loading';
import { PageHeading } from '../components/PageHeading';
import { Pagination } from '../components/Pagination';
import '../components/databank-and-inbox.css';
import { useI18n } from '../i18n/i18n';
import { pageFrom } from '../lib/staff-list-filters';
import { useResource } from '../lib/use-resource';

export const TO_DO_PAGE_SIZE = 25;

/** The screen where the item is finished, as the API links it (its path on this origin). */
function pathOf(item: TodoItem): string {
  try {
    return new URL(item.link).pathname;
  } catch {
    return `/aanmeldingen/${item.applicationId}`;
  }
}

/** What awaits the signed-in user across all applications, the earliest due date first (the API's order). */
export function TodoPage() {
  const { t } = useI18n();
  const [params] = useSearchParams();
  const page = pageFrom(params);
  const todo = useResource(() => api.todo({ page, pageSize: TO_DO_PAGE_SIZE }), `todo-${page}`);
  const data = todo.data;
  const items = data?.items;
  const link = (to: number) => (to > 1 ? `/taken?pagina=${to}` : '/taken');
  return (
    <>
      <PageHeading>{t.todo.title}</PageHeading>
      <p className="utrecht-paragraph">{t.todo.intro}</p>
      {todo.error ? (
        <LoadError error={todo.error} onRetry={todo.reload} />
      ) : !items ? (
        <Loading />
      ) : data!.total === 0 ? (
        <p className="utrecht-paragraph">{t.todo.empty}</p>
      ) : items.length === 0 ? (
        <p className="utrecht-paragraph">
          {t.staffList.beyondLastPage}{' '}
          <Link className="utrecht-link utrecht-link--html-a" to={link(1)}>
            {t.staffList.firstPage}
          </Link>
        </p>
      ) : (
        <>
          <p className="utrecht-paragraph todo-count">
            {t.todo.count(data!.total)}
            {data!.pageCount > 1 && ` ${t.staffList.range((data!.page - 1) * data!.pageSize + 1, (data!.page - 1) * data!.pageSize + items.length)}`}
          </p>
          <ul className="card-list">
            {items.map((item) => (
              <Item key={item.id} item={item} />
            ))}
          </ul>
          <Pagination page={page} pages={data!.pageCount} link={link} />
        </>
      )}
    </>
  );
}

function Item({ item }: { item: TodoItem }) {
  const { t, locale, formatDate } = useI18n();
  const title = item.label?.[locale] ?? item.title;
  return (
    <li className={`card todo-item ${item.overdue ? 'todo-item--overdue' : ''}`}>
      <h2 className="utrecht-heading-3 card__title">
        <Link className="utrecht-link utrecht-link--html-a" to={pathOf(item)}>
          {title}
        </Link>
      </h2>
      <dl className="card__facts">
        <div>
          <dt>{t.todo.application}</dt>
          <dd>
            {item.applicationName} ({item.applicationReference})
          </dd>
        </div>
        <div>
          <dt>{t.todo.due}</dt>
          <dd>
            {item.dueAt ? <time dateTime={item.dueAt}>{formatDate(item.dueAt)}</time> : t.todo.noDue}
            {item.overdue && <strong className="overdue-label"> – {t.todo.overdue}</strong>}
          </dd>
        </div>
      </dl>
    </li>
  );
}
