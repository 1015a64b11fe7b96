import type { FrozenDescription } from '../api/dossier-api';
import { useI18n } from '../i18n/i18n';
import { StructuredText } from './StructuredText';

/** The werkblad as frozen when it was submitted for assessment; each section folds open on its own. */
export function DossierDescription({ description }: { description: FrozenDescription | null }) {
  const { t, locale, formatDate } = useI18n();
  const d = t.dossier;
  if (!description) return <p className="utrecht-paragraph">{d.noDescription}</p>;
  return (
    <>
      <p className="utrecht-paragraph">{d.descriptionFrozen(description.number, formatDate(description.createdAt))}</p>
      {description.sections.map((section) => (
        <details className="dossier-section" key={section.key}>
          <summary className="dossier-section__title">{locale === 'nl' ? section.title : section.titleEn}</summary>
          <div className="dossier-section__text">
            {section.content.trim() ? <StructuredText text={section.content} headingLevel={4} /> : <p className="utrecht-paragraph">{d.emptySection}</p>}
          </div>
        </details>
      ))}
    </>
  );
}
