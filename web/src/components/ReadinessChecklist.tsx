import type { ApplicationView } from '../api/types';
import { label, useI18n } from '../i18n/i18n';
import { missingItemText } from '../lib/missing-items';

/**
 * What the application still needs before its next step, as the API computed it (readiness):
 * the list only shows it, the rule lives in src/track/readiness.ts.
 */
export function ReadinessChecklist({ view }: { view: ApplicationView }) {
  const { t } = useI18n();
  const r = t.owner.readiness;
  if (!view.readiness) return null;
  const { nextStep, missing } = view.readiness;
  return (
    <section aria-labelledby="readiness-heading" className="section readiness">
      <h2 className="utrecht-heading-2" id="readiness-heading">
        {r.title}
      </h2>
      <p className="utrecht-paragraph">{r.nextStep(label(r.steps, nextStep))}</p>
      {missing.length === 0 ? (
        <p className="utrecht-paragraph readiness__complete">
          <span aria-hidden="true">✓ </span>
          {r.complete}
        </p>
      ) : (
        <ul className="utrecht-unordered-list readiness__list">
          {missing.map((item) => (
            <li key={`${item.code}:${JSON.stringify(item.params)}`}>{missingItemText(item, t)}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
