import type { signInAdminNl } from './sign-in-admin-nl';

export const signInAdminEn: typeof signInAdminNl = {
  title: 'Sign-in',
  intro: 'Has someone lost the phone with the authenticator app and the recovery codes, or lost a device? Reset their two-step sign-in or sign them out everywhere. Did an invitation expire before a password was chosen? Send it again.',
  resetTwoFactor: 'Reset two-step sign-in',
  resetTitle: (name) => `Reset the two-step sign-in of ${name}?`,
  resetWhat: (name) =>
    `The two-step sign-in of ${name} is turned off and every session of ${name} ends. At the next sign-in ${name} sets it up again with the authenticator app. ${name} is told by e-mail.`,
  resetConfirm: 'Yes, reset',
  resetDone: (name, sessions) => `The two-step sign-in of ${name} is turned off; ${sessions === 1 ? '1 session' : `${sessions} sessions`} ended.`,
  endSessions: 'Sign out everywhere',
  endTitle: (name) => `Sign ${name} out everywhere?`,
  endWhat: (name) => `Every session of ${name} ends, on every device. ${name} can sign in again as usual. No e-mail is sent.`,
  endConfirm: 'Yes, sign out everywhere',
  endDone: (name, sessions) => `${name} is signed out everywhere; ${sessions === 1 ? '1 session' : `${sessions} sessions`} ended.`,
  reinvite: 'Send the invitation again',
  reinviteTitle: (name) => `Invite ${name} again?`,
  reinviteWhat: (name, email) =>
    `${name} gets a new invitation by e-mail at ${email}, with a link to choose a password. The link in the earlier invitation stops working.`,
  reinviteConfirm: 'Yes, invite again',
  reinviteDone: (email, until) => `A new invitation has been sent to ${email}; the link works until ${until}.`,
  cancel: 'Cancel',
};
