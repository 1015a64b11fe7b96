import { Link } from 'react-router';
import { PageHeading } from '../components/PageHeading';
import { useI18n } from '../i18n/i18n';
import { useSession } from '../session/session';

/** The administrator's start page: one card per management screen the user may open. */
export function AdminPage() {
  const { t } = useI18n();
  const { user } = useSession();
  const isAdmin = user?.roles.includes('admin') ?? false;
  const sections = [
    ...(isAdmin
      ? [
          { to: '/beheer/gebruikers', ...t.admin.sections.users },
          { to: '/beheer/commissies', ...t.admin.sections.committees },
          { to: '/beheer/themas', ...t.admin.sections.themes },
          { to: '/beheer/e-mailteksten', title: t.notify.templatesLink, text: t.notify.templatesLinkIntro },
          { to: '/beheer/verklaringen', ...t.statements.section },
          { to: '/beheer/vastgelopen', ...t.stuckThresholds.section },
          { to: '/beheer/import', ...t.dataImport.section },
          { to: '/beheer/privacy', ...t.privacy.section },
        ]
      : []),
    { to: '/beheer/beoordelaars', ...t.admin.sections.reviewers },
  ];
  return (
    <>
      <PageHeading>{t.admin.title}</PageHeading>
      <p className="utrecht-paragraph">{t.admin.intro}</p>
      <ul className="card-list">
        {sections.map((section) => (
          <li key={section.to} className="card">
            <h2 className="utrecht-heading-3 card__title">
              <Link className="utrecht-link utrecht-link--html-a" to={section.to}>
                {section.title}
              </Link>
            </h2>
            <p className="utrecht-paragraph">{section.text}</p>
          </li>
        ))}
      </ul>
    </>
  );
}
