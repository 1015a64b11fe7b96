import type { ApplicationView } from '../api/types';
import { useI18n } from '../i18n/i18n';
import { ButtonLink } from './Button';

/** States in which the secretary composes or follows the review panel on its own screen. */
const PANEL_STATES = ['submittedForAssessment', 'panelComposition', 'underReview'];
/** States in which the case is planned on a meeting's agenda (the meetings screens). */
const AGENDA_STATES = ['awaitingCommittee', 'onAgenda'];

/**
 * On the application page, for the secretary: the way to the panel screen (where the composition
 * is started, reviewers invited and replaced) and, once the reviews are in, to the meetings.
 */
export function PanelLink({ view }: { view: ApplicationView }) {
  const { t } = useI18n();
  if (!view.kinds.includes('secretary')) return null;
  const panel = PANEL_STATES.includes(view.state);
  const agenda = AGENDA_STATES.includes(view.state);
  if (!panel && !agenda) return null;
  return (
    <section aria-labelledby="panel-link-heading" className="section">
      <h2 className="utrecht-heading-2" id="panel-link-heading">
        {panel ? t.panel.linkTitle : t.meeting.title}
      </h2>
      <p className="utrecht-paragraph">{panel ? t.panel.linkIntro : t.meeting.introStaff}</p>
      {panel ? (
        <ButtonLink to={`/aanmeldingen/${view.id}/panel`} variant={view.allowedActions.includes('START_PANEL_COMPOSITION') || view.state === 'panelComposition' ? 'primary' : 'secondary'}>
          {view.state === 'underReview' ? t.panel.openPanelView : t.panel.openPanel}
        </ButtonLink>
      ) : (
        <ButtonLink to="/vergaderingen" variant={view.state === 'awaitingCommittee' ? 'primary' : 'secondary'}>
          {t.meeting.title}
        </ButtonLink>
      )}
    </section>
  );
}
