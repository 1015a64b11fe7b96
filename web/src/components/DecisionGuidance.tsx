import type { PanelSummary } from '../api/dossier-api';
import { useI18n } from '../i18n/i18n';

/**
 * Before the chair submits: which decisions the rules allow given the panel's tally, so the chair
 * is guided rather than refused. Mirrors src/committee/decision-rules.ts through the dossier's
 * `grantableLevels` (worked out by the API with those same rules).
 */
export function DecisionGuidance({ panel, panelSize, headingId }: { panel: PanelSummary; panelSize: number; headingId: string }) {
  const { t } = useI18n();
  const d = t.dossier;
  const needed = Math.max(panel.requiredReviews, panelSize);
  const complete = panel.reviews >= needed;
  const levels = panel.grantableLevels.map((item) => (item.needsMotivation ? d.guidanceWithMotivation(t.levels[item.level]) : t.levels[item.level]));
  return (
    <section className="decision-guidance" aria-labelledby={headingId}>
      <h3 className="utrecht-heading-3" id={headingId}>
        {d.guidanceTitle}
      </h3>
      {!complete ? (
        <p className="utrecht-paragraph">{d.guidanceIncomplete(panel.reviews, needed)}</p>
      ) : (
        <>
          <p className="utrecht-paragraph">{d.guidanceIntro}</p>
          <ul className="utrecht-unordered-list">
            <li>{levels.length ? d.guidanceRecognise(levels.join(', ')) : d.guidanceNoLevel}</li>
            <li>{d.guidanceDefer}</li>
            <li>{panel.supportedLevel ? d.guidanceRefuseDeparts(t.levels[panel.supportedLevel]) : d.guidanceRefuse}</li>
          </ul>
        </>
      )}
    </section>
  );
}
