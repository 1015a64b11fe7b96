import { insightApi } from '../api/insight-api';
import { useI18n } from '../i18n/i18n';
import { useResource } from '../lib/use-resource';

/**
 * Where the case stands against the usual duration of its phase, as the server computes it; nothing
 * at all when the server has no usual range (too few cases, or a phase that is not measured).
 */
export function PhaseDuration({ applicationId, version }: { applicationId: string; version: number }) {
  const { t } = useI18n();
  const duration = useResource(() => insightApi.phaseDuration(applicationId), `phase-duration-${applicationId}-${version}`);
  const view = duration.data;
  if (!view?.usual || view.workingDays === null) return null;
  return (
    <p className="utrecht-paragraph phase-duration">
      {t.phaseDuration.usual(view.usual.from, view.usual.to, view.workingDays)} {t.phaseDuration.basis(view.usual.cases)}
    </p>
  );
}
