import type { FrozenDescription } from '../api/dossier-api';
import { useI18n } from '../i18n/i18n';
import { StructuredText } from './StructuredText';

/**
 * The werkblad as frozen for assessment, every section open under its own heading with a contents
 * list above, so it reads and prints as one document (the dossier's DossierDescription folds them).
 */
export function WerkbladAsSubmitted({ description }: { description: FrozenDescription | null }) {
  const { t, locale, formatDate } = useI18n();
  const d = t.dossier;
  if (!description) return <p className="utrecht-paragraph">{d.noDescription}</p>;
  const title = (section: FrozenDescription['sections'][number]) => (locale === 'nl' ? section.title : section.titleEn);
  return (
    <>
      <p className="utrecht-paragraph">{d.descriptionFrozen(description.number, formatDate(description.createdAt))}</p>
      <nav aria-labelledby="werkblad-contents" className="werkblad-contents">
        <p className="utrecht-paragraph" id="werkblad-contents">
          <strong>{t.review.contents}</strong>
        </p>
        <ul className="utrecht-unordered-list">
          {description.sections.map((section) => (
            <li key={section.key}>
              <a className="utrecht-link utrecht-link--html-a" href={`#werkblad-${section.key}`}>
                {title(section)}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      {description.sections.map((section) => (
        <section key={section.key} className="werkblad-submitted__section" aria-labelledby={`werkblad-${section.key}`}>
          <h3 className="utrecht-heading-3" id={`werkblad-${section.key}`} tabIndex={-1}>
            {title(section)}
          </h3>
          {section.content.trim() ? <StructuredText text={section.content} headingLevel={4} /> : <p className="utrecht-paragraph">{d.emptySection}</p>}
        </section>
      ))}
    </>
  );
}
