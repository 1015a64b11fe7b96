import { Link } from 'react-router';
import { PageHeading } from '../components/PageHeading';
import { useI18n } from '../i18n/i18n';

export function NotFoundPage({ kind = 'page' }: { kind?: 'page' | 'application' }) {
  const { t } = useI18n();
  return (
    <>
      <PageHeading>{kind === 'application' ? t.notFound.applicationTitle : t.notFound.title}</PageHeading>
      <p className="utrecht-paragraph">{kind === 'application' ? t.notFound.applicationText : t.notFound.text}</p>
      <p className="utrecht-paragraph">
        <Link className="utrecht-link utrecht-link--html-a" to="/">
          {t.notFound.home}
        </Link>
      </p>
    </>
  );
}
