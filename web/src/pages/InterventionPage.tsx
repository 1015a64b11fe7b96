import type { ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import { ApiError, api } from '../api/client';
import { LoadError, Loading } from '../components/Loading';
import { PageHeading } from '../components/PageHeading';
import '../components/databank-and-inbox.css';
import { label, useI18n } from '../i18n/i18n';
import { useResource } from '../lib/use-resource';
import { themeName } from './DatabankSearchPage';

function Row({ name, children }: { name: string; children: ReactNode }) {
  return (
    <div className="utrecht-data-list__item">
      <dt className="utrecht-data-list__item-key">{name}</dt>
      <dd className="utrecht-data-list__item-value utrecht-data-list__item-value--html-dd preserve-lines">{children}</dd>
    </div>
  );
}

function TextSection({ id, title, text }: { id: string; title: string; text: string }) {
  if (!text.trim()) return null;
  return (
    <section aria-labelledby={id} className="section">
      <h2 className="utrecht-heading-2" id={id}>
        {title}
      </h2>
      <p className="utrecht-paragraph preserve-lines">{text}</p>
    </section>
  );
}

/** One intervention in the public databank: its public fields and how to reach the owner (no login). */
export function InterventionPage() {
  const { slug = '' } = useParams();
  const { t, locale, formatDate } = useI18n();
  const listing = useResource(() => api.listing(slug), slug);
  const themes = useResource(() => api.themes(), 'themes');
  const back = (
    <p className="utrecht-paragraph">
      <Link className="utrecht-link utrecht-link--html-a" to="/interventies">
        {t.databank.back}
      </Link>
    </p>
  );

  if (listing.error instanceof ApiError && listing.error.status === 404)
    return (
      <>
        <PageHeading>{t.databank.notFoundTitle}</PageHeading>
        <p className="utrecht-paragraph">{t.databank.notFoundText}</p>
        {back}
      </>
    );
  const view = listing.data;
  if (!view)
    return (
      <>
        <PageHeading>{t.databank.title}</PageHeading>
        {listing.error ? <LoadError error={listing.error} onRetry={listing.reload} /> : <Loading />}
      </>
    );

  return (
    <>
      <PageHeading title={view.title}>{view.title}</PageHeading>
      {back}
      <p className="utrecht-paragraph">
        <span className="visually-hidden">{t.databank.level}: </span>
        <span className="level-badge">{label(t.levels, view.level)}</span>
      </p>
      <TextSection id="summary-heading" title={t.databank.summary} text={view.summary} />
      <section aria-labelledby="facts-heading" className="section">
        <h2 className="utrecht-heading-2" id="facts-heading">
          {t.databank.facts}
        </h2>
        <dl className="utrecht-data-list utrecht-data-list--rows">
          <Row name={t.databank.level}>{label(t.levels, view.level)}</Row>
          <Row name={t.databank.targetGroup}>{view.targetGroup || t.common.notFilledIn}</Row>
          <Row name={t.databank.themes}>{view.themes.length ? view.themes.map((slug) => themeName(themes.data, slug, locale)).join(', ') : t.common.notFilledIn}</Row>
          <Row name={t.databank.organisations}>{view.organisations.length ? view.organisations.join(', ') : t.common.notFilledIn}</Row>
          <Row name={t.databank.decided}>
            <time dateTime={view.decisionDate}>{formatDate(view.decisionDate)}</time>
          </Row>
          <Row name={t.databank.recognisedUntil}>
            <time dateTime={view.recognisedUntil}>{formatDate(view.recognisedUntil)}</time>
          </Row>
          <Row name={t.databank.updated}>
            <time dateTime={view.updatedAt}>{formatDate(view.updatedAt)}</time>
          </Row>
        </dl>
      </section>
      <TextSection id="goal-heading" title={t.databank.goal} text={view.goal} />
      <TextSection id="approach-heading" title={t.databank.approach} text={view.approach} />
      <TextSection id="elements-heading" title={t.databank.activeElements} text={view.activeElements} />
      <TextSection id="research-heading" title={t.databank.research} text={view.research} />
      <section aria-labelledby="contact-heading" className="section contact-panel">
        <h2 className="utrecht-heading-2" id="contact-heading">
          {t.databank.contactTitle}
        </h2>
        <p className="utrecht-paragraph">{t.databank.contactIntro}</p>
        <dl className="utrecht-data-list utrecht-data-list--rows">
          <Row name={t.databank.contactName}>{view.contact.name}</Row>
          <Row name={t.databank.contactOrganisation}>{view.contact.organisation}</Row>
          <Row name={t.databank.contactEmail}>
            <a className="utrecht-link utrecht-link--html-a" href={`mailto:${view.contact.email}`}>
              {view.contact.email}
            </a>
          </Row>
        </dl>
      </section>
    </>
  );
}
