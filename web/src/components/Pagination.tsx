import { Link } from 'react-router';
import { useI18n } from '../i18n/i18n';

/** Previous / "page n of m" / next, as links, so every page has its own address. */
export function Pagination({ page, pages, link }: { page: number; pages: number; link(page: number): string }) {
  const { t } = useI18n();
  if (pages <= 1) return null;
  return (
    <nav aria-label={t.staffList.pagination}>
      <ul className="pagination">
        {page > 1 && (
          <li>
            <Link className="utrecht-link utrecht-link--html-a" to={link(Math.min(page - 1, pages))} rel="prev">
              {t.staffList.previous}
            </Link>
          </li>
        )}
        <li aria-current="page">{t.staffList.pageOf(page, pages)}</li>
        {page < pages && (
          <li>
            <Link className="utrecht-link utrecht-link--html-a" to={link(page + 1)} rel="next">
              {t.staffList.next}
            </Link>
          </li>
        )}
      </ul>
    </nav>
  );
}
