import type { signInAdminNl } from './sign-in-admin-nl';

export const signInAdminEn: typeof signInAdminNl = {
  title: 'Sign-in',
  intro: 'Has someone lost the phone with the authenticator app and the recovery codes, or lost a device? Reset their two-step sign-in or sign them out everywhere.',
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
  cancel: 'Cancel',
};
