import { renderLayout } from '../../src/notifications/templates/layout.js';
import { defaultWording, EDITABLE_TEMPLATES, placeholdersOf, unknownPlaceholders, wordedMessage } from '../../src/notifications/template-wording.js';
import { templateFor } from '../../src/notifications/templates/index.js';
import { TEMPLATE_TOPIC } from '../../src/notifications/notification-topics.js';

const APPLICATION = { id: '7c4f5a38-9a61-4a8e-8f0e-2d5f0c1a1b2c', reference: 'ERK-2026-0007', name: 'Rond met Geld' };

/** Every parameter a template can have, so each optional part of a built-in text is there. */
const FULL: Record<string, unknown> = {
  respondBy: '2026-03-02T16:00:00Z',
  dueAt: '2026-03-03T16:00:00Z',
  reviewDueAt: '2026-04-01T16:00:00Z',
  conditionsDeadline: '2026-09-01T10:00:00Z',
  meetingDate: '2026-05-12T08:00:00Z',
  recognisedUntil: '2031-01-01T00:00:00Z',
  reason: 'Te kort in de praktijk.',
  question: 'Hoeveel locaties?',
  answer: 'Vijf.',
  reviewerName: 'Rita Referent',
  suggestedColleague: 'Kees Collega',
  assigneeNames: 'Olga Eigenaar',
  kind: 'review',
  verdict: 'conditionally_recognised',
  level: 'goed_onderbouwd',
  outcome: 'replaced',
  meetingId: '1b7e7c1e-5a0f-4f57-9a53-0c7f7d3e2a11',
  meetingTime: '2026-05-12T08:00:00Z',
  meetingLocation: 'Utrecht',
  committeeName: 'Deelcommissie Participatie',
  agendaItems: '1. ERK-2026-0007 Rond met Geld: https://erkenning.example/aanmeldingen/7c4f5a38-9a61-4a8e-8f0e-2d5f0c1a1b2c/dossier',
};

describe('admin wording of mail templates', () => {
  it.each(EDITABLE_TEMPLATES)('%s: the built-in wording, with placeholders, renders the same message as the template when every value is there', (key) => {
    for (const language of ['nl', 'en'] as const) {
      const wording = defaultWording(key, language);
      expect(wording.subject + wording.body).not.toMatch(/\u0001/);
      expect(unknownPlaceholders(key, wording)).toEqual([]);
      const input = { recipientName: 'Olga', application: APPLICATION, params: FULL };
      const params = Object.fromEntries(Object.entries(input.params).filter(([name]) => (templateFor(key).params ?? []).includes(name)));
      const builtIn = templateFor(key)[language]({ ...input, params });
      expect(wordedMessage(wording, key, { ...input, params }, language)).toEqual(builtIn);
    }
  });

  it('names the invitation’s deadline {{deadline}} and the application {{aanvraag}}', () => {
    expect(placeholdersOf('panel-invitation')).toEqual(['aanvraag', 'referentie', 'naam', 'deadline']);
    expect(defaultWording('panel-invitation', 'nl').body).toContain('Laat ons uiterlijk {{deadline}} weten');
    expect(defaultWording('panel-invitation', 'nl').subject).toBe('Uitnodiging om te beoordelen: {{aanvraag}}');
  });

  it('finds unknown placeholders in subject and body', () => {
    expect(unknownPlaceholders('panel-invitation', { subject: '{{aanvraag}} {{onbekend}}', body: '{{ deadline }} {{reden}} {{onbekend}}' })).toEqual(['onbekend', 'reden']);
  });

  it('treats values as text: a hostile name is escaped in the HTML and a subject stays one line', () => {
    const hostile = { ...APPLICATION, name: '<img src=x onerror=alert(1)>\r\nBcc: x@example.org' };
    const message = wordedMessage({ subject: 'Over {{aanvraag}}', body: 'Hallo {{naam}},\n\n<b>{{aanvraag}}</b>' }, 'panel-invitation', { recipientName: 'Olga', application: hostile, params: {} }, 'nl');
    expect(message.subject).toBe('Over <img src=x onerror=alert(1)> Bcc: x@example.org');
    const mail = renderLayout(message, 'nl', 'Olga', 'https://erkenning.example/beoordelingen');
    expect(mail.html).not.toContain('<img');
    expect(mail.html).not.toContain('<b>');
    expect(mail.html).toContain('&lt;b&gt;&lt;img src=x onerror=alert(1)&gt;');
  });

  it('gives every template a topic or marks it always mailed', () => {
    expect(TEMPLATE_TOPIC['decision']).toBe('always');
    expect(TEMPLATE_TOPIC['application-submitted']).toBe('intake');
  });
});
