/** The admin's sign-in actions on a user's page (web/src/components/AdminSignInActions.tsx). */
export const signInAdminNl = {
  title: 'Inloggen',
  intro: 'Heeft iemand de telefoon met de authenticator-app én de herstelcodes verloren, of is een apparaat kwijt? Zet dan de tweestapsverificatie opnieuw of log de persoon overal uit. Is een uitnodiging verlopen voordat er een wachtwoord was gekozen? Stuur haar dan opnieuw.',
  resetTwoFactor: 'Tweestapsverificatie opnieuw instellen',
  resetTitle: (name: string) => `Tweestapsverificatie van ${name} opnieuw instellen?`,
  resetWhat: (name: string) =>
    `De tweestapsverificatie van ${name} wordt uitgezet en alle sessies van ${name} eindigen. Bij de volgende keer inloggen stelt ${name} haar opnieuw in met de authenticator-app. ${name} krijgt hierover een e-mail.`,
  resetConfirm: 'Ja, opnieuw instellen',
  resetDone: (name: string, sessions: number) => `De tweestapsverificatie van ${name} is uitgezet; ${sessions === 1 ? '1 sessie' : `${sessions} sessies`} beëindigd.`,
  endSessions: 'Overal uitloggen',
  endTitle: (name: string) => `${name} overal uitloggen?`,
  endWhat: (name: string) => `Alle sessies van ${name} eindigen, op elk apparaat. ${name} kan daarna gewoon weer inloggen. Er gaat geen e-mail.`,
  endConfirm: 'Ja, overal uitloggen',
  endDone: (name: string, sessions: number) => `${name} is overal uitgelogd; ${sessions === 1 ? '1 sessie' : `${sessions} sessies`} beëindigd.`,
  reinvite: 'Uitnodiging opnieuw sturen',
  reinviteTitle: (name: string) => `${name} opnieuw uitnodigen?`,
  reinviteWhat: (name: string, email: string) =>
    `${name} krijgt een nieuwe uitnodiging per e-mail op ${email}, met een link om een wachtwoord te kiezen. De link uit de vorige uitnodiging werkt dan niet meer.`,
  reinviteConfirm: 'Ja, opnieuw uitnodigen',
  reinviteDone: (email: string, until: string) => `Een nieuwe uitnodiging is verstuurd naar ${email}; de link werkt tot ${until}.`,
  cancel: 'Annuleren',
};
