import type { historyNl } from './history-nl';

export const historyEn: typeof historyNl = {
  sentTo: (subject, recipient) => `“${subject}” to ${recipient}`,
  audience: {
    owner: 'owner',
    coach: 'coach',
    secretary: 'secretariat',
    chair: 'chair',
    reviewer: 'reviewer',
    committee_member: 'committee member',
  },
  mailStatus: {
    queued: 'e-mail waiting to be sent',
    sending: 'e-mail being sent',
    sent: 'e-mail sent',
    failed: 'e-mail could not be delivered',
  },
};
