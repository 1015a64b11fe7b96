import { createElement, type ReactNode } from 'react';
import type { ListingDetail as ListingDetailView } from '../api/types';
import { label, useI18n } from '../i18n/i18n';
import { useResource } from '../lib/use-resource';
import { api } from '../api/client';
import { themeName } from '../pages/DatabankSearchPage';
import { StructuredText } from './StructuredText';

type HeadingLevel = 2 | 3 | 4 | 5;

function Heading({ level, id, children }: { level: HeadingLevel; id: string; children: ReactNode }) {
  return createElement(`h${level}`, { className: `utrecht-heading-${level}`, id }, children);
}

function Row({ name, children }: { name: string; children: ReactNode }) {
  return (
    <div className="utrecht-data-list__item">
      <dt className="utrecht-data-list__item-key">{name}</dt>
      <dd className="utrecht-data-list__item-value utrecht-data-list__item-value--html-dd preserve-lines">{children}</dd>
    </div>
  );
}

function TextSection({ id, level, title, text }: { id: string; level: HeadingLevel; title: string; text: string }) {
  if (!text.trim()) return null;
  return (
    <section aria-labelledby={id} className="section">
      <Heading level={level} id={id}>
        {title}
      </Heading>
      <StructuredText text={text} headingLevel={(level + 1) as 3 | 4 | 5 | 6} />
    </section>
  );
}

/**
 * The body of one intervention's public page (below its title): the public detail page and the
 * secretary's preview before publishing render this same component, so the preview is the page.
 * `headingLevel` is the level of its section headings (2 on the public page); `idPrefix` keeps
 * heading ids apart when it is shown inside another page.
 */
export function ListingDetail({ view, headingLevel = 2, idPrefix = '' }: { view: ListingDetailView; headingLevel?: HeadingLevel; idPrefix?: string }) {
  const { t, locale, formatDate } = useI18n();
  const themes = useResource(() => api.themes(), 'themes');
  const id = (name: string) => `${idPrefix}${name}`;
  return (
    <>
      <p className="utrecht-paragraph">
        <span className="visually-hidden">{t.databank.level}: </span>
        <span className="level-badge">{label(t.levels, view.level)}</span>
      </p>
      <TextSection id={id('summary-heading')} level={headingLevel} title={t.databank.summary} text={view.summary} />
      <section aria-labelledby={id('facts-heading')} className="section">
        <Heading level={headingLevel} id={id('facts-heading')}>
          {t.databank.facts}
        </Heading>
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
      <TextSection id={id('goal-heading')} level={headingLevel} title={t.databank.goal} text={view.goal} />
      <TextSection id={id('approach-heading')} level={headingLevel} title={t.databank.approach} text={view.approach} />
      <TextSection id={id('elements-heading')} level={headingLevel} title={t.databank.activeElements} text={view.activeElements} />
      <TextSection id={id('research-heading')} level={headingLevel} title={t.databank.research} text={view.research} />
      <section aria-labelledby={id('contact-heading')} className="section contact-panel">
        <Heading level={headingLevel} id={id('contact-heading')}>
          {t.databank.contactTitle}
        </Heading>
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
