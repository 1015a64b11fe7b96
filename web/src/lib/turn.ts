import type { ApplicationSummary, UserView } from '../api/types';
import type { Messages } from '../i18n/nl';

/** Who is to act, said to this user ("U bent aan zet" when it is them). */
export function turnText(application: Pick<ApplicationSummary, 'turn' | 'coachId'>, user: UserView, t: Messages, isOwner: boolean): string {
  switch (application.turn) {
    case 'owner':
      return isOwner ? t.turns.ownerYou : t.turns.owner;
    case 'coach':
      return application.coachId === user.id ? t.turns.coachYou : t.turns.coach;
    case 'secretary':
      return t.turns.secretary;
    case 'reviewers':
      return t.turns.reviewers;
    case 'chair':
      return t.turns.chair;
    default:
      return t.turns.none;
  }
}
