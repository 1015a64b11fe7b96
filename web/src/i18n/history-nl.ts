/** The application's history (Timeline.tsx): what was sent to whom. */
export const historyNl = {
  sentTo: (subject: string, recipient: string) => `„${subject}” aan ${recipient}`,
  /** In which capacity the recipient heard of it. */
  audience: {
    owner: 'eigenaar',
    coach: 'begeleider',
    secretary: 'secretariaat',
    chair: 'voorzitter',
    reviewer: 'beoordelaar',
    committee_member: 'commissielid',
  } as Record<string, string | undefined>,
  mailStatus: {
    queued: 'e-mail staat klaar om te versturen',
    sending: 'e-mail wordt verstuurd',
    sent: 'e-mail verstuurd',
    failed: 'e-mail kon niet worden afgeleverd',
  } as Record<string, string | undefined>,
};
