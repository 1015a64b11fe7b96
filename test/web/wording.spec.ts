import { pathToFileURL } from 'node:url';
import { OIDC_REFUSALS } from '../../src/auth/oidc/oidc-refusal.js';
import { alwaysMailedTemplates } from '../../src/notifications/notification-topics.js';

/** The part of the web catalogue these checks read (web/src/i18n/nl.ts, en.ts). */
interface Words {
  application: { by(who: string): string };
  actors: { system: string };
  board: { daysInPhase(days: number): string };
  review: { submittedOn(date: string): string; lock: { submitted(date: string): string } };
  history: { sentTo(subject: string, recipient: string): string; audience: Record<string, string>; mailStatus: Record<string, string> };
  oidc: { refusals: Record<string, string> };
  notify: { alwaysTemplates: Record<string, string> };
  timelineEvents: Record<string, string>;
  agendaMail: { history(committee: string, date: string, names: string): string };
}

/**
 * Loaded at run time: the web app's modules resolve like a bundler's (no .js in their imports),
 * which the server's type check (NodeNext) would refuse.
 */
const catalogue = async (language: 'nl' | 'en') =>
  ((await import(pathToFileURL(`${import.meta.dirname}/../../web/src/i18n/${language}.ts`).href)) as Record<string, Words>)[language];

let nl: Words;
let en: Words;
beforeAll(async () => {
  [nl, en] = await Promise.all([catalogue('nl'), catalogue('en')]);
});

/** Small wording the screens must get right (issue 12, "Every screen"), in Dutch and English. */
describe('wording of the screens', () => {
  it('words every refusal of an OIDC sign-in the API can name on the login page', () => {
    for (const words of [nl, en]) expect(Object.keys(words.oidc.refusals).sort()).toEqual(Object.keys(OIDC_REFUSALS).sort());
  });

  it('says "door het systeem" in a history line, not "door Het systeem"', () => {
    expect(nl.application.by(nl.actors.system)).toBe('door het systeem');
    expect(en.application.by(en.actors.system)).toBe('by the system');
  });

  it('never says "0 werkdagen in deze stand"', () => {
    expect(nl.board.daysInPhase(0)).toBe('Minder dan een werkdag in deze stand');
    expect(en.board.daysInPhase(0)).toBe('Less than a working day in this state');
    expect([nl.board.daysInPhase(1), nl.board.daysInPhase(2)]).toEqual(['1 werkdag in deze stand', '2 werkdagen in deze stand']);
  });

  it('says a submitted review can no longer be changed, naming the review', () => {
    expect(nl.review.submittedOn('1 december 2026')).toBe('U hebt deze beoordeling ingediend op 1 december 2026. Deze beoordeling kan niet meer worden gewijzigd.');
    expect(nl.review.lock.submitted('1 december 2026')).toContain('Deze beoordeling kan niet meer worden gewijzigd.');
  });

  it('says in a history line what was sent to whom, and whether the mail went out', () => {
    expect(`${nl.history.sentTo('Aanmelding ontvangen: Buurtkamer', `Olga (${nl.history.audience.owner})`)} — ${nl.history.mailStatus.sent}`).toBe(
      '„Aanmelding ontvangen: Buurtkamer” aan Olga (eigenaar) — e-mail verstuurd',
    );
    expect(en.history.sentTo('Application received: Buurtkamer', 'Olga')).toBe('“Application received: Buurtkamer” to Olga');
  });

  it('names every mail the server always sends on the preferences page, in both languages', () => {
    for (const words of [nl, en]) for (const template of alwaysMailedTemplates()) expect([template, words.notify.alwaysTemplates[template]]).toEqual([template, expect.any(String)]);
  });

  it('says in a case’s history which agenda went to whom', () => {
    expect(nl.timelineEvents.AGENDA_SENT).toBe('Agenda en dossiers verstuurd');
    expect(nl.agendaMail.history('Deelcommissie Participatie', '28 december 2026', 'Mark Member, Vera Voorzitter')).toBe(
      'Agenda van de Deelcommissie Participatie van 28 december 2026 aan Mark Member, Vera Voorzitter.',
    );
    expect(en.timelineEvents.AGENDA_SENT).toBe('Agenda and dossiers sent');
  });
});
