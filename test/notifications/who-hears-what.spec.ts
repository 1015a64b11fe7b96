import { readFileSync } from 'node:fs';
import { renderNotification, templateParams } from '../../src/notifications/notification-render.js';
import { TEMPLATES, templateFor, type TemplateKey } from '../../src/notifications/templates/index.js';
import { DOMAIN_TRIGGERS, rulesFor, WHO_HEARS_WHAT, type NotificationTrigger } from '../../src/notifications/who-hears-what.js';
import { TRACK_EVENT_TYPES } from '../../src/track/track.events.js';

const triggers = Object.keys(WHO_HEARS_WHAT) as NotificationTrigger[];
const HOSTILE = '<img src=x onerror=alert(1)> & "quotes"';

describe('who hears what', () => {
  it('has an entry for every track event and every domain trigger, and nothing else', () => {
    expect([...triggers].sort()).toEqual([...TRACK_EVENT_TYPES, ...DOMAIN_TRIGGERS].sort());
  });

  it('covers the events the issue names', () => {
    const heard = (trigger: NotificationTrigger) => WHO_HEARS_WHAT[trigger].length > 0;
    for (const trigger of [
      'SUBMIT', 'ADMIT', 'REFUSE_ADMISSION', 'REQUEST_INFORMATION', 'REQUEST_FEEDBACK', 'RETURN_FEEDBACK', 'MARK_READY',
      'INVITATION_SENT', 'INVITATION_ACCEPTED', 'INVITATION_DECLINED', 'INVITATION_EXPIRED', 'REVIEW_SUBMITTED',
      'PANEL_COMPLETE', 'PLACE_ON_AGENDA', 'RECORD_DECISION', 'CONDITIONS_DUE', 'LODGE_OBJECTION', 'PUBLISH', 'REASSESSMENT_DUE',
    ] as const)
      expect(heard(trigger)).toBe(true);
    expect(WHO_HEARS_WHAT.ADMIT.find((rule) => rule.to.includes('coach'))?.template).toBe('coach-assigned');
  });

  it('names only templates that exist', () => {
    for (const trigger of triggers) for (const rule of WHO_HEARS_WHAT[trigger]) expect(Object.keys(TEMPLATES)).toContain(rule.template);
  });

  it('gives owners no template that could carry a reviewer’s identity or a staff note', () => {
    for (const trigger of triggers)
      for (const rule of WHO_HEARS_WHAT[trigger].filter((r) => r.to.includes('owners')))
        for (const param of templateFor(rule.template).params ?? []) expect(param).not.toMatch(/review|actor|internal|note/i);
    // And what a template does not declare never reaches it.
    expect(templateParams('decision', { verdict: 'recognised', reviewerName: 'Dr. Geheim', internalNote: 'x' })).toEqual({ verdict: 'recognised' });
  });

  it('tells the secretaries about a withdrawal only once they have seen the application', () => {
    expect(rulesFor('WITHDRAW', { fromState: 'draft', toState: 'withdrawn' }).flatMap((rule) => rule.to)).toEqual(['owners']);
    expect(rulesFor('WITHDRAW', { fromState: 'intake', toState: 'withdrawn' }).flatMap((rule) => rule.to)).toEqual(['owners', 'secretaries', 'coach']);
  });

  it('is the table in the README, line by line', () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    for (const trigger of triggers) {
      const line = readme.split('\n').find((candidate) => candidate.startsWith(`| \`${trigger}\` |`));
      expect({ trigger, line }).toEqual({ trigger, line: expect.any(String) });
      const rules = WHO_HEARS_WHAT[trigger];
      if (rules.length === 0) expect(line).toContain('| nobody |');
      for (const rule of rules) expect(line).toContain(`${rule.to.join(', ')} → \`${rule.template}\``);
    }
  });
});

describe('notification templates', () => {
  const sample = {
    reason: HOSTILE,
    question: 'Hoeveel locaties?',
    answer: 'Vijf.',
    verdict: 'conditionally_recognised',
    level: 'goed_onderbouwd',
    conditionsDeadline: '2026-09-01T10:00:00Z',
    outcome: 'replaced',
    respondBy: '2026-03-02T16:00:00Z',
    reviewDueAt: '2026-04-01T16:00:00Z',
    reviewerName: 'Rita Referent',
    meetingDate: '2026-05-12T08:00:00Z',
    recognisedUntil: '2031-01-01T00:00:00Z',
    day: '2026-12-07',
    items: [{ title: HOSTILE, reference: 'ERK-2026-0007', name: HOSTILE }],
    meetingId: '1b7e7c1e-5a0f-4f57-9a53-0c7f7d3e2a11',
    meetingTime: '2026-05-12T08:00:00Z',
    committeeName: HOSTILE,
    meetingLocation: HOSTILE,
    agendaItems: `1. ERK-2026-0007 ${HOSTILE}: https://erkenning.example/aanmeldingen/7c4f5a38-9a61-4a8e-8f0e-2d5f0c1a1b2c/dossier`,
  };

  it.each(Object.keys(TEMPLATES) as TemplateKey[])('%s renders in Dutch and English, escaped, with a link', (key) => {
    for (const language of ['nl', 'en'] as const) {
      const mail = renderNotification({
        template: key,
        language,
        recipientName: 'Olga <Eigenaar>',
        application: { id: '7c4f5a38-9a61-4a8e-8f0e-2d5f0c1a1b2c', reference: 'ERK-2026-0007', name: HOSTILE },
        params: templateParams(key, sample),
        appUrl: 'https://erkenning.example/',
      });
      expect(mail.subject.length).toBeGreaterThan(5);
      expect(mail.subject).not.toContain('undefined');
      expect(mail.text).toContain(language === 'nl' ? 'Beste Olga <Eigenaar>,' : 'Dear Olga <Eigenaar>,');
      expect(mail.text).toContain(mail.link);
      expect(mail.link).toMatch(/^https:\/\/erkenning\.example\/(aanmeldingen\/7c4f5a38-9a61-4a8e-8f0e-2d5f0c1a1b2c(\/werkblad)?|beoordelingen|meldingen|vergaderingen\/1b7e7c1e-5a0f-4f57-9a53-0c7f7d3e2a11)$/);
      expect(mail.html).toContain(`href="${mail.link}"`);
      expect(mail.html).not.toContain('<img');
      expect(mail.html).not.toContain('<Eigenaar>');
      expect(mail.html).toContain('&lt;img src=x onerror=alert(1)&gt; &amp; &quot;quotes&quot;');
    }
  });

  it("tell the secretary a declining reviewer's reason and suggested colleague, and leave the line out without one", () => {
    const input = { template: 'invitation-declined', recipientName: 'Sanne', application: { id: 'a', reference: 'ERK-1', name: 'Y' }, appUrl: 'https://e.example' };
    const details = { reviewerName: 'Referent R', reason: 'Geen tijd.', suggestedColleague: 'Vera Vervanger, vera@example.org' };
    expect(renderNotification({ ...input, params: templateParams('invitation-declined', details), language: 'nl' }).text).toContain('Voorgestelde collega: Vera Vervanger, vera@example.org');
    expect(renderNotification({ ...input, params: templateParams('invitation-declined', details), language: 'en' }).text).toContain('Suggested colleague: Vera Vervanger, vera@example.org');
    const without = renderNotification({ ...input, params: templateParams('invitation-declined', { ...details, suggestedColleague: null }), language: 'nl' });
    expect(without.text).toContain('Reden: Geen tijd.');
    expect(without.text).not.toContain('Voorgestelde collega');
  });

  it('are really in two languages', () => {
    const input = { template: 'decision', recipientName: 'X', application: { id: 'a', reference: 'ERK-1', name: 'Y' }, params: templateParams('decision', sample), appUrl: 'https://e.example' };
    const nl = renderNotification({ ...input, language: 'nl' });
    const en = renderNotification({ ...input, language: 'en' });
    expect(nl.text).toContain('erkend onder voorbehoud, op het niveau Goed onderbouwd');
    expect(nl.text).toContain('1 september 2026');
    expect(en.text).toContain('conditionally recognised, at the level Well founded');
    expect(en.text).toContain('1 September 2026');
    // Without a deadline of its own, the conditions run six months from the decision, as in the statechart.
    const defaulted = renderNotification({ ...input, params: templateParams('decision', { verdict: 'conditionally_recognised', level: 'goed_beschreven', at: '2026-03-10T12:00:00Z' }), language: 'nl' });
    expect(defaulted.text).toContain('uiterlijk 10 september 2026');
  });
});
