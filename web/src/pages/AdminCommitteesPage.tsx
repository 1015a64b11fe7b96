import { Link, useLocation } from 'react-router';
import { adminApi } from '../api/admin-api';
import { StatusMessage } from '../components/Alert';
import { BackLink } from '../components/BackLink';
import { ButtonLink } from '../components/Button';
import { LoadError, Loading } from '../components/Loading';
import { PageHeading } from '../components/PageHeading';
import { useI18n } from '../i18n/i18n';
import { useResource } from '../lib/use-resource';

/** The committees with chair, members and status; each links to its edit page. */
export function AdminCommitteesPage() {
  const { t } = useI18n();
  const c = t.admin.committees;
  const committees = useResource(adminApi.committees, 'committees');
  const notice = (useLocation().state as { notice?: string } | null)?.notice ?? null;
  return (
    <>
      <BackLink to="/beheer">{t.admin.back}</BackLink>
      <PageHeading>{c.title}</PageHeading>
      <StatusMessage>{notice}</StatusMessage>
      <p className="utrecht-paragraph">{c.intro}</p>
      <ButtonLink variant="primary" to="/beheer/commissies/nieuw">
        {c.new}
      </ButtonLink>
      {committees.error ? (
        <LoadError error={committees.error} onRetry={committees.reload} />
      ) : !committees.data ? (
        <Loading />
      ) : committees.data.length === 0 ? (
        <p className="utrecht-paragraph">{c.none}</p>
      ) : (
        <ul className="card-list">
          {committees.data.map((committee) => (
            <li key={committee.id} className="card">
              <article aria-labelledby={`committee-${committee.id}`}>
                <h2 id={`committee-${committee.id}`} className="utrecht-heading-3 card__title">
                  {committee.name}
                </h2>
                <dl className="card__facts">
                  <dt>{c.databank}</dt>
                  <dd>{committee.databank}</dd>
                  <dt>{c.status}</dt>
                  <dd>{committee.active ? t.admin.status.active : t.admin.status.inactive}</dd>
                  <dt>{c.chair}</dt>
                  <dd>{committee.chair?.name ?? c.noChair}</dd>
                  <dt>{c.members}</dt>
                  <dd>
                    {c.memberCount(committee.members.length)}
                    {committee.members.length > 0 && `: ${committee.members.map((member) => member.name).join(', ')}`}
                  </dd>
                </dl>
                <Link className="utrecht-link utrecht-link--html-a" to={`/beheer/commissies/${committee.id}`}>
                  {c.edit(committee.name)}
                </Link>
              </article>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
