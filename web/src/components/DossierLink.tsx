import type { ApplicationView } from '../api/types';
import { useI18n } from '../i18n/i18n';
import { useSession } from '../session/session';
import { ButtonLink } from './Button';

/** From awaiting the committee on, the case has a dossier (src/track/track.machine.ts states). */
export function hasDossier(state: string): boolean {
  return ['awaitingCommittee', 'onAgenda', 'objection', 'lapsed', 'expired'].includes(state) || state.startsWith('decided.') || state.startsWith('published.');
}

/** The way from the application to its dossier, for the secretary and the committee; the chair decides there. */
export function DossierLink({ view }: { view: ApplicationView }) {
  const { t } = useI18n();
  const { user } = useSession();
  const committee = user?.roles.some((role) => role === 'secretary' || role === 'chair' || role === 'committee_member');
  if (!committee || !hasDossier(view.state)) return null;
  const decide = view.allowedActions.includes('RECORD_DECISION');
  const resolve = view.allowedActions.includes('RESOLVE_OBJECTION');
  return (
    <section aria-labelledby="dossier-link-heading" className="section">
      <h2 className="utrecht-heading-2" id="dossier-link-heading">
        {t.dossier.dossierLinkTitle}
      </h2>
      <p className="utrecht-paragraph">{t.dossier.dossierLinkIntro}</p>
      {decide && <p className="utrecht-paragraph">{t.dossier.decideInDossier}</p>}
      {resolve && <p className="utrecht-paragraph">{t.dossier.resolveInDossier}</p>}
      <ButtonLink to={`/aanmeldingen/${view.id}/dossier`} variant={decide || resolve ? 'primary' : 'secondary'}>
        {t.dossier.openDossier}
      </ButtonLink>
    </section>
  );
}

/** Among the application's actions: the chair's decision or objection resolution, which happen in the dossier. */
export function DossierActions({ view }: { view: ApplicationView }) {
  const { t } = useI18n();
  const decide = view.allowedActions.includes('RECORD_DECISION');
  const resolve = view.allowedActions.includes('RESOLVE_OBJECTION');
  if (!decide && !resolve) return null;
  return (
    <ButtonLink to={`/aanmeldingen/${view.id}/dossier`} variant="primary">
      {decide ? t.dossier.decisionTitle : t.dossier.objectionTitle}
    </ButtonLink>
  );
}
