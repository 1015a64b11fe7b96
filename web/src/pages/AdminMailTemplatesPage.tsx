import { Link } from 'react-router';
import { notifyApi } from '../api/notify-api';
import { BackLink } from '../components/BackLink';
import { LoadError, Loading } from '../components/Loading';
import { PageHeading } from '../components/PageHeading';
import { useI18n } from '../i18n/i18n';
import { useResource } from '../lib/use-resource';

/** Every mail an admin may reword, with whether Dutch or English was adjusted. */
export function AdminMailTemplatesPage() {
  const { t, locale } = useI18n();
  const templates = useResource(() => notifyApi.mailTemplates(), 'mail-templates');
  return (
    <>
      <BackLink to="/beheer">{t.admin.back}</BackLink>
      <PageHeading>{t.notify.templatesTitle}</PageHeading>
      <p className="utrecht-paragraph">{t.notify.templatesIntro}</p>
      {templates.error ? (
        <LoadError error={templates.error} onRetry={templates.reload} />
      ) : !templates.data ? (
        <Loading />
      ) : (
        <ul className="card-list" aria-label={t.notify.templatesCaption}>
          {templates.data.map((template) => {
            const subject = template.subjects[locale];
            return (
              <li key={template.template} className="card" data-template={template.template}>
                <h2 className="utrecht-heading-3 card__title">
                  <Link className="utrecht-link utrecht-link--html-a" to={`/beheer/e-mailteksten/${template.template}`} aria-label={t.notify.editFor(subject)}>
                    {subject}
                  </Link>
                </h2>
                <dl className="card__facts">
                  <div>
                    <dt>{t.notify.topicColumn}</dt>
                    <dd>{template.topic === 'always' ? t.notify.always : (t.notify.topics[template.topic] ?? template.topic)}</dd>
                  </div>
                  <div>
                    <dt>{t.notify.stateColumn}</dt>
                    <dd>
                      {template.overridden.length === 0
                        ? t.notify.standard
                        : t.notify.adjusted(template.overridden.map((language) => t.notify.languageNames[language]).join(', '))}
                    </dd>
                  </div>
                </dl>
              </li>
            );
          })}
        </ul>
      )}
    </>
  );
}
