import { Link } from 'react-router';
import { adminApi, type ReviewerProfileView } from '../api/admin-api';
import { api } from '../api/client';
import type { Theme } from '../api/types';
import { BackLink } from '../components/BackLink';
import { DataTable } from '../components/DataTable';
import { LoadError, Loading } from '../components/Loading';
import { PageHeading } from '../components/PageHeading';
import { useI18n } from '../i18n/i18n';
import { useResource } from '../lib/use-resource';
import { useSession } from '../session/session';

/** Retired themes are only listed for admins; the secretary sees the active ones' names. */
async function loadPool(isAdmin: boolean): Promise<{ reviewers: ReviewerProfileView[]; themes: Theme[] }> {
  const [reviewers, themes] = await Promise.all([adminApi.reviewers(), isAdmin ? adminApi.allThemes() : api.themes()]);
  return { reviewers, themes };
}

/** The reviewer pool: kind, themes, organisation, load and availability per reviewer. */
export function AdminReviewersPage() {
  const { t, locale } = useI18n();
  const r = t.admin.reviewers;
  const isAdmin = useSession().user?.roles.includes('admin') ?? false;
  const pool = useResource(() => loadPool(isAdmin), `reviewers-${isAdmin}`);
  const themeName = (slug: string) => pool.data?.themes.find((theme) => theme.slug === slug)?.[locale === 'en' ? 'nameEn' : 'nameNl'] ?? slug;

  function availability(reviewer: ReviewerProfileView): string {
    const parts = [reviewer.acceptingInvitations ? r.accepting : r.notAccepting];
    if (reviewer.unavailableToday) parts.push(r.awayToday);
    if (reviewer.unavailablePeriods.length) parts.push(r.periodsCount(reviewer.unavailablePeriods.length));
    if (reviewer.disabled) parts.unshift(r.accountDisabled);
    return parts.join('; ');
  }

  return (
    <>
      <BackLink to="/beheer">{t.admin.back}</BackLink>
      <PageHeading>{r.title}</PageHeading>
      <p className="utrecht-paragraph">{r.intro}</p>
      {pool.error ? (
        <LoadError error={pool.error} onRetry={pool.reload} />
      ) : !pool.data ? (
        <Loading />
      ) : pool.data.reviewers.length === 0 ? (
        <p className="utrecht-paragraph">{r.none}</p>
      ) : (
        <DataTable caption={r.caption} className="criteria" columns={[r.name, r.kind, r.themes, r.organisation, r.load, r.availability]}>
          {pool.data.reviewers.map((reviewer) => (
            <tr key={reviewer.userId}>
              <th scope="row">
                <Link className="utrecht-link utrecht-link--html-a" to={`/beheer/beoordelaars/${reviewer.userId}`}>
                  {reviewer.name}
                </Link>
              </th>
              <td>{reviewer.kind ? r.kinds[reviewer.kind] : r.noKind}</td>
              <td>{reviewer.themes.length ? reviewer.themes.map(themeName).join(', ') : r.noThemes}</td>
              <td>{reviewer.organisation ?? reviewer.accountOrganisation}</td>
              <td>{r.loadValue(reviewer.load.current, reviewer.load.max)}</td>
              <td>{availability(reviewer)}</td>
            </tr>
          ))}
        </DataTable>
      )}
    </>
  );
}
