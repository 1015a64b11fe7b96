import type { StatementsMessages } from './statements-nl';

export const statementsEn: StatementsMessages = {
  section: { title: 'Statements on the website', text: 'The accessibility statement and the privacy statement of the public databank, with the contact address.' },
  title: 'Statements on the website',
  intro:
    'These texts are on the public website and linked from the footer of every page. Write plain text: a line starting with "## " becomes a heading, a line starting with "- " a bullet, an empty line starts a new paragraph.',
  kinds: { accessibility: 'Accessibility statement', privacy: 'Privacy statement' },
  bodyNl: 'Text in Dutch',
  bodyEn: 'Text in English',
  bodyHint: 'At least 50 and at most 20,000 characters.',
  contactEmail: 'Contact address (e-mail)',
  contactEmailHint: 'Readers send questions, reports and requests here. The address of the accessibility statement is also in the footer.',
  save: (kind: string) => `Save ${kind.toLowerCase()}`,
  saved: (kind: string) => `The ${kind.toLowerCase()} is saved and now on the website.`,
  view: (kind: string) => `View the ${kind.toLowerCase()} on the website`,
  updated: 'Last changed',
  neverUpdated: 'Still the original text',
};
