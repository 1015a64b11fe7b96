import type { TestingModule } from '@nestjs/testing';
import request from 'supertest';
import { createReviewer, startPanel, type TestUser } from '../assessment/assessment-helpers.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { driveToSubmittedForAssessment } from '../support/track-driver.js';
import { createUser } from '../support/users.js';
import { SmtpSink } from './support/smtp-sink.js';
import { startWorker, waitUntilSettled } from './support/worker.js';

const APP_URL = 'https://erkenning.example';

describe('admin-editable mail templates and the invitation preview (real worker and SMTP)', () => {
  let sink: SmtpSink;
  let t: TestApp;
  let worker: TestingModule;
  let admin: TestUser;
  let owner: TestUser;
  let secretary: TestUser;
  let coach: TestUser;
  let reviewer: TestUser;
  let englishReviewer: TestUser;
  let applicationId: string;

  const settle = () => waitUntilSettled(worker, t.dataSource, t.config.REDIS_URL);
  const invitationPath = (language: string) => `/admin/mail-templates/panel-invitation/${language}`;

  beforeAll(async () => {
    sink = await SmtpSink.start();
    t = await createTestApp({ SMTP_URL: sink.url, APP_URL, MAIL_RETRY_DELAY_MS: '20' });
    await t.reset();
    worker = await startWorker(t.config);
    admin = await createUser(t, ['admin'], { name: 'Anne Beheer', language: 'nl' });
    owner = await createUser(t, ['owner'], { organisation: 'Stichting Voorbeeld' });
    secretary = await createUser(t, ['secretary'], { name: 'Sanne Secretaris', organisation: 'Movisie' });
    coach = await createUser(t, ['coach'], { organisation: 'Movisie' });
    reviewer = await createReviewer(t, secretary, 'practice');
    englishReviewer = await createReviewer(t, secretary, 'practice');
    await t.dataSource.query(`UPDATE users SET language = 'en' WHERE id = $1`, [englishReviewer.user.id]);
    const application = await driveToSubmittedForAssessment(t, { owner, secretary, coach }, { targetLevel: 'goed_beschreven', fields: { name: 'Rond met Geld <b>&</b>' } });
    await startPanel(t, secretary, application.id, application.version);
    applicationId = application.id;
  });
  afterAll(async () => {
    await worker?.close();
    await t?.close();
    await sink?.close();
  });

  it('lists the editable templates to admins only, each with its built-in wording and placeholders', async () => {
    await request(t.server).get('/admin/mail-templates').set(secretary.auth).expect(403);
    const list = (await request(t.server).get('/admin/mail-templates').set(admin.auth).expect(200)).body as { template: string; overridden: string[] }[];
    expect(list.map((item) => item.template)).toContain('panel-invitation');
    expect(list.map((item) => item.template)).not.toContain('decision');

    const invitation = (await request(t.server).get(invitationPath('nl')).set(admin.auth).expect(200)).body;
    expect(invitation).toMatchObject({ overridden: false, subject: 'Uitnodiging om te beoordelen: {{aanvraag}}', placeholders: ['aanvraag', 'referentie', 'naam', 'deadline'] });
    expect(invitation.body).toContain('{{deadline}}');
    await request(t.server).get('/admin/mail-templates/decision/nl').set(admin.auth).expect(404);
    await request(t.server).get('/admin/mail-templates/panel-invitation/de').set(admin.auth).expect(400);
  });

  it('refuses a wording with an unknown placeholder, naming it and the field', async () => {
    const refused = await request(t.server)
      .put(invitationPath('nl'))
      .set(admin.auth)
      .send({ subject: 'Uitnodiging: {{aanvraag}}', body: 'Beste {{naam}}, reageer voor {{termijn_datum}}.' })
      .expect(400);
    expect(refused.body.errors).toEqual([expect.objectContaining({ field: 'body', rule: 'placeholder', placeholder: 'termijn_datum' })]);
    await request(t.server).put(invitationPath('nl')).set(admin.auth).send({ subject: '', body: 'x' }).expect(400);
    expect((await request(t.server).get(invitationPath('nl')).set(admin.auth).expect(200)).body.overridden).toBe(false);
  });

  it('previews a wording with a real application, escaped, without saving it', async () => {
    const applications = (await request(t.server).get('/admin/mail-templates/applications').set(admin.auth).expect(200)).body as { id: string }[];
    expect(applications.map((item) => item.id)).toContain(applicationId);
    const preview = await request(t.server)
      .post(`${invitationPath('nl')}/preview`)
      .set(admin.auth)
      .send({ subject: 'Verzoek: {{aanvraag}} ({{referentie}})', body: 'Graag uw oordeel over {{aanvraag}} voor {{deadline}}.\n\n<script>alert(1)</script>', applicationId })
      .expect(200);
    expect(preview.body.subject).toMatch(/^Verzoek: Rond met Geld <b>&<\/b> \(ERK-\d{4}-\d{4,}\)$/);
    expect(preview.body.text).toContain('Graag uw oordeel over Rond met Geld <b>&</b> voor ');
    expect(preview.body.html).toContain('Rond met Geld &lt;b&gt;&amp;&lt;/b&gt;');
    expect(preview.body.html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(preview.body.html).not.toContain('<script>');
    expect(preview.body.html).not.toContain('<b>');
    await request(t.server)
      .post(`${invitationPath('nl')}/preview`)
      .set(admin.auth)
      .send({ subject: '{{onbekend}}', body: 'x', applicationId })
      .expect(400);
    expect((await request(t.server).get(invitationPath('nl')).set(admin.auth).expect(200)).body.overridden).toBe(false);
  });

  it('saves a wording: the secretary’s invitation preview and the mail the reviewer gets both use it; reset brings back the default', async () => {
    const saved = await request(t.server)
      .put(invitationPath('nl'))
      .set(admin.auth)
      .send({ subject: 'Verzoek om te beoordelen: {{aanvraag}}', body: 'Wilt u {{aanvraag}} beoordelen, {{naam}}?\n\nAntwoord voor {{deadline}}.' })
      .expect(200);
    expect(saved.body).toMatchObject({ overridden: true, defaultSubject: 'Uitnodiging om te beoordelen: {{aanvraag}}' });

    // Only the secretary, for an application they run, sees the preview; nothing is sent by it.
    const body = { reviewerId: reviewer.user.id, responseDueAt: '2099-03-02T16:00:00Z' };
    await request(t.server).post(`/applications/${applicationId}/panel/invitations/preview`).set(owner.auth).send(body).expect(403);
    await request(t.server).post(`/applications/${applicationId}/panel/invitations/preview`).set(secretary.auth).send({ reviewerId: 'x' }).expect(400);
    const preview = await request(t.server).post(`/applications/${applicationId}/panel/invitations/preview`).set(secretary.auth).send(body).expect(200);
    expect(preview.body).toMatchObject({ to: reviewer.user.email, language: 'nl', subject: 'Verzoek om te beoordelen: Rond met Geld <b>&</b>' });
    expect(preview.body.text).toContain(`Wilt u Rond met Geld <b>&</b> beoordelen, ${reviewer.user.name}?\n\nAntwoord voor 2 maart 2099.`);
    const [{ count }] = await t.dataSource.query(`SELECT count(*)::int AS count FROM panel_invitations WHERE application_id = $1`, [applicationId]);
    expect(count).toBe(0);

    // The English reviewer gets the built-in English text: only the Dutch one was changed.
    const english = await request(t.server)
      .post(`/applications/${applicationId}/panel/invitations/preview`)
      .set(secretary.auth)
      .send({ ...body, reviewerId: englishReviewer.user.id })
      .expect(200);
    expect(english.body.subject).toBe('Invitation to review: Rond met Geld <b>&</b>');

    // The real invitation: the mail equals the preview.
    await request(t.server).post(`/applications/${applicationId}/panel/invitations`).set(secretary.auth).send(body).expect(201);
    await settle();
    const [mail] = sink.to(reviewer.user.email).filter((item) => item.headers['x-notification-template'] === 'panel-invitation');
    expect(mail.subject).toBe(preview.body.subject);
    // SMTP carries CRLF line ends.
    expect(mail.text.replace(/\r\n/g, '\n').trimEnd()).toBe(preview.body.text.trimEnd());

    const reset = await request(t.server).delete(invitationPath('nl')).set(admin.auth).expect(200);
    expect(reset.body).toMatchObject({ overridden: false, subject: 'Uitnodiging om te beoordelen: {{aanvraag}}' });
    const after = await request(t.server).post(`/applications/${applicationId}/panel/invitations/preview`).set(secretary.auth).send(body).expect(200);
    expect(after.body.subject).toBe('Uitnodiging om te beoordelen: Rond met Geld <b>&</b>');
  });
});
