import request from 'supertest';
import { DESCRIPTION_SECTIONS } from '../../src/description/description-sections.js';
import { criteriaFor } from '../../src/review/review-criteria.js';
import { createReviewer, invite, accept, startPanel, type TestUser } from '../assessment/assessment-helpers.js';
import { createCommittee, placeOnAgenda, planMeeting, startMeeting } from '../committee/support/committee-fixtures.js';
import { takeToSubmittedForAssessment } from '../journey/journey.js';
import type { TestApp } from '../support/test-app.js';
import { createUser } from '../support/users.js';
import { PHONE, expectAccessible, horizontalOverflow, see, tabTo, typeInto } from './support/browser.js';
import { useBrowserApp } from './support/browser-app.js';

/**
 * The committee's dossier in Debian's Chromium against the real API, PostgreSQL and Redis: an
 * application with three submitted reviews on a meeting's agenda. The chair sees the reviews side
 * by side and the panel's tally, is refused a level the rules do not allow (the rule explained
 * next to the field), records a valid decision and later resolves the owner's objection. A
 * committee member reads the dossier without the form; the owner gets "not found". axe-core's
 * WCAG 2.1 A/AA rules at 1366 and 390 px.
 */

const CRITERIA = criteriaFor('goed_beschreven');

describe('the committee dossier in the browser', () => {
  let t: TestApp;
  let base: string;
  let owner: TestUser;
  let secretary: TestUser;
  let chair: TestUser;
  let member: TestUser;
  let applicationId = '';
  let meetingId = '';
  let startsAt = '';
  const web = useBrowserApp();
  const { newPage, logIn } = web;

  beforeAll(async () => {
    ({ t, base } = web);
    owner = await createUser(t, ['owner'], { name: 'Olga Owner', organisation: 'Stichting Samen' });
    const coach = await createUser(t, ['coach'], { name: 'Carla Coach', organisation: 'Movisie' });
    secretary = await createUser(t, ['secretary'], { name: 'Sanne Secretaris', organisation: 'Movisie' });
    const admin = await createUser(t, ['admin'], { name: 'Bea Beheerder', organisation: 'Movisie' });
    chair = await createUser(t, ['chair'], { name: 'Vera Voorzitter', organisation: 'Erkenningscommissie' });
    member = await createUser(t, ['committee_member'], { name: 'Cees Commissielid', organisation: 'Erkenningscommissie' });

    // Steps 1-3 and a panel of three practice reviewers over HTTP: A and B propose Goed beschreven, C no level.
    const submitted = await takeToSubmittedForAssessment(t, { owner, secretary, coach });
    applicationId = submitted.id;
    const version = (await request(t.server).get(`/applications/${applicationId}`).set(secretary.auth).expect(200)).body.version as number;
    await startPanel(t, secretary, applicationId, version);
    const reviewers: TestUser[] = [];
    for (let i = 0; i < 3; i++) {
      const reviewer = await createReviewer(t, secretary, 'practice');
      await accept(t, reviewer, (await invite(t, secretary, applicationId, reviewer)).id);
      reviewers.push(reviewer);
    }
    for (const [index, reviewer] of reviewers.entries()) {
      const letter = 'ABC'[index];
      await request(t.server)
        .post(`/applications/${applicationId}/reviews/mine/submit`)
        .set(reviewer.auth)
        .send({
          criteria: CRITERIA.map(({ code }) => ({ code, judgment: index === 2 ? 'onvoldoende' : 'voldoende', motivation: `Motivering ${letter} bij ${code}.` })),
          ...(index === 2 ? { proposedLevel: null, noLevelReached: true } : { proposedLevel: 'goed_beschreven' }),
          feedbackForOwner: `Feedback van ${letter}.`,
          confidentialRemarks: `Vertrouwelijk van ${letter}.`,
        })
        .expect(200);
    }
    const committeeId = await createCommittee(t, admin, chair, [member]);
    meetingId = await planMeeting(t, secretary, committeeId);
    await placeOnAgenda(t, secretary, meetingId, applicationId);
    startsAt = (await request(t.server).get(`/meetings/${meetingId}`).set(chair.auth).expect(200)).body.startsAt as string;
  });

  const dossierUrl = () => `${base}/aanmeldingen/${applicationId}/dossier`;
  const decisions = async () => (await request(t.server).get(`/applications/${applicationId}/decisions`).set(chair.auth).expect(200)).body;

  it('shows a committee member the whole dossier without the decision form, and the owner "not found"', async () => {
    const page = await newPage();
    await logIn(page, member.user.email);
    // The member's day starts where the agenda mail leads: the meeting, then each dossier in one click.
    await page.goto(`${base}/vergaderingen/${meetingId}`);
    const agendaRow = page.getByRole('table', { name: 'De agenda, in volgorde van behandeling' }).locator('tbody tr').first();
    await see(agendaRow).contains('Samen tegen eenzaamheid');
    await see(page.getByRole('heading', { name: 'Agenda en dossiers versturen' })).count(0);
    await expectAccessible(page, 'committee-member-meeting');
    await tabTo(page, agendaRow.getByRole('link', { name: 'Dossier van Samen tegen eenzaamheid' }));
    await page.keyboard.press('Enter');
    await page.waitForURL(`**/aanmeldingen/${applicationId}/dossier`);
    await see(page.locator('main h1')).text('Dossier: Samen tegen eenzaamheid');

    // Reviews side by side: a column per reviewer, a row per criterion plus the conclusion rows.
    const grid = page.getByRole('table', { name: 'Oordeel en motivering per criterium, per beoordelaar' });
    await see(grid.locator('thead th')).count(4);
    await see(grid.locator('thead')).contains('Beoordelaar C – praktijk');
    await see(grid.locator('tbody tr')).count(CRITERIA.length + 4);
    const firstRow = grid.locator('tbody tr').first();
    await see(firstRow.locator('th')).text(CRITERIA[0].label.nl);
    await see(firstRow.locator('td').nth(1)).contains('Voldoende');
    await see(firstRow.locator('td').nth(1)).contains(`Motivering B bij ${CRITERIA[0].code}.`);
    await see(firstRow.locator('td').nth(2)).contains('Onvoldoende');
    await see(grid.getByRole('row', { name: /Voorgesteld niveau/ })).contains('Niet erkennen');
    await see(grid).contains('Vertrouwelijk van A.');

    // The tally: who proposed what, and what the panel supports.
    await see(page.locator('main')).contains('Het panel ondersteunt: Goed beschreven.');
    const tally = page.getByRole('table', { name: 'Voorgestelde niveaus per beoordelaar' });
    await see(tally.getByRole('row', { name: /^Goed beschreven/ })).contains('2 (A, B)');
    await see(tally.getByRole('row', { name: /^Niet erkennen/ })).contains('1 (C)');

    // The description as submitted and the documents, downloadable.
    await see(page.locator('.dossier-section')).count(DESCRIPTION_SECTIONS.length);
    await page.locator('.dossier-section summary', { hasText: 'Doelen' }).click();
    await see(page.locator('.dossier-section[open]')).contains('Na zes maanden voelt 60% van de deelnemers zich minder eenzaam.');
    const download = page.getByRole('link', { name: 'handboek.pdf downloaden' });
    const href = (await download.getAttribute('href'))!;
    await request(t.server).get(href).set(member.auth).expect(200);

    // No decision form for a member.
    await see(page.getByRole('heading', { name: 'Besluit vastleggen' })).count(0);
    await see(page.locator('main form')).count(0);
    await expectAccessible(page, 'committee-dossier-member');

    // The owner: no dossier link on the application, and "not found" at the dossier's address.
    const ownerPage = await newPage();
    await logIn(ownerPage, owner.user.email);
    await ownerPage.goto(`${base}/aanmeldingen/${applicationId}`);
    await see(ownerPage.locator('main h1')).text('Samen tegen eenzaamheid');
    await see(ownerPage.getByRole('link', { name: 'Dossier openen' })).count(0);
    await ownerPage.goto(dossierUrl());
    await see(ownerPage.locator('main h1')).text('Pagina niet gevonden');
    await see(ownerPage.locator('main')).lacks('Vertrouwelijk');
  });

  it('guides the chair, explains a refused level next to the field, records a valid decision and resolves an objection', async () => {
    // Before the meeting begins, the form says from when the decision can be recorded, in both languages (as the app writes a moment).
    const dutchStart = new Intl.DateTimeFormat('nl-NL', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Europe/Amsterdam' }).format(new Date(startsAt));
    const englishStart = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Europe/Amsterdam' }).format(new Date(startsAt));
    const phone = await newPage(PHONE);
    await logIn(phone, chair.user.email);
    await phone.goto(dossierUrl());
    await see(phone.getByRole('heading', { name: 'Besluit vastleggen', level: 2 })).visible();
    await see(phone.locator('.decidable-from')).text(`U kunt het besluit vastleggen vanaf ${dutchStart}, het begin van de vergadering waarop deze zaak staat.`);
    await see(phone.getByRole('button', { name: 'Besluit vastleggen' })).count(0);
    await expectAccessible(phone, 'committee-dossier-chair-before-meeting-phone');
    expect(await horizontalOverflow(phone)).toBeLessThanOrEqual(0);
    await phone.getByRole('button', { name: 'English' }).click();
    await see(phone.locator('.decidable-from')).text(`You can record the decision from ${englishStart}, the start of the meeting that has this case on its agenda.`);
    await phone.getByRole('button', { name: 'Nederlands' }).click();

    // The meeting begins: the form is there.
    await startMeeting(t, meetingId);
    await phone.reload();
    await see(phone.getByRole('button', { name: 'Besluit vastleggen' })).visible();
    await see(phone.locator('.decidable-from')).count(0);
    await expectAccessible(phone, 'committee-dossier-chair-phone');
    expect(await horizontalOverflow(phone)).toBeLessThanOrEqual(0);

    const page = await newPage();
    await logIn(page, chair.user.email);
    await page.goto(`${base}/aanmeldingen/${applicationId}`);
    await see(page.locator('main')).contains('U legt het besluit vast in het dossier.');
    await see(page.locator('section[aria-labelledby="actions-heading"]').getByRole('link', { name: 'Besluit vastleggen' })).visible();
    await page.getByRole('link', { name: 'Dossier openen' }).click();
    await page.waitForURL(`**/aanmeldingen/${applicationId}/dossier`);

    // Before submitting: what the rules allow given the tally.
    const guidance = page.locator('.decision-guidance');
    await see(guidance).contains('Erkend of erkend onder voorbehoud op: Goed beschreven.');
    await see(guidance).contains('Niet erkennen kan met een motivering; het wijkt af van het panel, dat Goed beschreven ondersteunt.');
    await expectAccessible(page, 'committee-dossier-chair');

    // A level above the target and above the panel: refused, the rule explained next to the field.
    await page.getByRole('radio', { name: 'Erkend', exact: true }).check();
    const level = page.locator('#field-decision-level');
    expect(await level.locator('option').allInnerTexts()).toContain('Goed beschreven (toegestaan)');
    await level.selectOption('goed_onderbouwd');
    await page.getByRole('button', { name: 'Besluit vastleggen', exact: true }).click();
    // The step cannot be undone: first what happens next; the owner hears nothing until the letter is sent.
    const confirmDialog = page.getByRole('dialog', { name: 'Besluit vastleggen?' });
    await see(confirmDialog).contains('De indiener hoort nog niets');
    await confirmDialog.getByRole('button', { name: 'Ja, besluit vastleggen' }).click();
    const summary = page.locator('.error-summary');
    await see(summary).focused();
    const levelField = page.locator('.utrecht-form-field--invalid', { has: level });
    await see(levelField).contains('Goed onderbouwd ligt boven het aangevraagde niveau (Goed beschreven).');
    await see(levelField).contains('Geen beoordelaar stelt Goed onderbouwd of hoger voor; het panel ondersteunt Goed beschreven.');
    const motivationField = page.locator('.utrecht-form-field--invalid', { has: page.locator('#field-decision-motivation') });
    await see(motivationField).contains('Dit besluit wijkt af van het panel (dat Goed beschreven ondersteunt); leg de motivering vast.');
    await see(levelField).contains('Goed onderbouwd vraagt een oordeel van zowel wetenschappelijke als praktijkbeoordelaars');
    await see(summary.getByRole('link', { name: /^Niveau: .*ligt boven het aangevraagde niveau/ })).count(1);
    await see(summary.getByRole('link', { name: /^Motivering: Dit besluit wijkt af van het panel/ })).count(1);
    await see(level).attribute('aria-invalid', 'true');
    expect((await decisions()).decisions).toEqual([]);
    await expectAccessible(page, 'committee-dossier-refused');

    // Submitted in English, the same refusal reads in English.
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('button', { name: 'Record the decision', exact: true }).click();
    await page.getByRole('dialog', { name: 'Record the decision?' }).getByRole('button', { name: 'Yes, record the decision' }).click();
    await see(levelField).contains('Well founded is above the level applied for (Well described).');
    await see(levelField).contains('No reviewer proposes Well founded or higher; the panel supports Well described.');
    await page.getByRole('button', { name: 'Nederlands' }).click();

    // The level the panel supports, by keyboard: recorded after the confirmation.
    await level.selectOption('goed_beschreven');
    await typeInto(page, page.locator('#field-decision-motivation'), 'De commissie volgt de meerderheid van het panel.');
    await tabTo(page, page.getByRole('button', { name: 'Besluit vastleggen', exact: true }));
    await page.keyboard.press('Enter');
    await confirmDialog.getByRole('button', { name: 'Ja, besluit vastleggen' }).focus();
    await page.keyboard.press('Enter');
    await see(page.locator('.status-message')).contains('Het besluit is vastgelegd: Erkend, Goed beschreven.');
    await see(page.getByRole('heading', { name: 'Besluit vastleggen' })).count(0);
    await see(page.locator('section[aria-labelledby="history-heading"]')).contains('erkend, Goed beschreven');
    expect((await decisions()).decisions).toEqual([
      expect.objectContaining({ verdict: 'recognised', level: 'goed_beschreven', motivation: 'De commissie volgt de meerderheid van het panel.', departsFromPanel: false }),
    ]);

    // The secretary sends the letter (over HTTP; the browser flow is in decision-letter.e2e.spec.ts),
    // the owner objects (over HTTP); the chair upholds the decision in the dossier.
    await request(t.server)
      .post(`/applications/${applicationId}/decision-letter/send`)
      .set(secretary.auth)
      .send({ version: (await request(t.server).get(`/applications/${applicationId}`).set(chair.auth).expect(200)).body.version })
      .expect(200);
    await request(t.server)
      .post(`/applications/${applicationId}/objection`)
      .set(owner.auth)
      .send({ grounds: 'Wij vinden dat de onderbouwing Goed onderbouwd rechtvaardigt.' })
      .expect(201);
    await page.reload();
    const objection = page.locator('section[aria-labelledby="objection-heading"]');
    await see(objection).contains('Wij vinden dat de onderbouwing Goed onderbouwd rechtvaardigt.');
    await objection.getByRole('button', { name: 'Bezwaar afhandelen' }).click();
    await see(page.locator('.error-summary')).contains('Uitkomst: Maak een keuze.');
    const uphold = objection.getByRole('radio', { name: 'Besluit handhaven' });
    await uphold.focus();
    await page.keyboard.press('Space');
    await see(uphold).checked();
    await typeInto(page, page.locator('#field-objection-motivation'), 'Het panel ondersteunt geen hoger niveau.');
    await expectAccessible(page, 'committee-dossier-objection');
    await tabTo(page, objection.getByRole('button', { name: 'Bezwaar afhandelen' }));
    await page.keyboard.press('Enter');
    await see(page.locator('.status-message')).contains('Het bezwaar is afgehandeld: het besluit blijft staan.');
    expect((await decisions()).objections).toEqual([expect.objectContaining({ outcome: 'upheld', motivation: 'Het panel ondersteunt geen hoger niveau.' })]);
    const view = (await request(t.server).get(`/applications/${applicationId}`).set(chair.auth).expect(200)).body;
    expect(view.state).toBe('decided.recognised');

    // The agenda says what the meeting decided on the item.
    await page.goto(`${base}/vergaderingen/${meetingId}`);
    const agenda = page.getByRole('table', { name: 'De agenda, in volgorde van behandeling' });
    await see(agenda.locator('tbody tr').first()).contains('Erkend, Goed beschreven');
    // The chair writes the item's minutes.
    await typeInto(page, page.getByRole('textbox', { name: 'Notulen bij Samen tegen eenzaamheid' }), 'De commissie volgt het panel; de borging komt terug bij de herbeoordeling.');
    await tabTo(page, page.getByRole('button', { name: 'Notulen opslaan Samen tegen eenzaamheid' }));
    await page.keyboard.press('Enter');
    await see(page.locator('.status-message')).contains('De notulen bij Samen tegen eenzaamheid zijn opgeslagen.');
    const stored = (await request(t.server).get(`/meetings/${meetingId}`).set(member.auth).expect(200)).body;
    expect(stored.agenda[0].minutes).toBe('De commissie volgt het panel; de borging komt terug bij de herbeoordeling.');
    await expectAccessible(page, 'committee-meeting-decided');
    await phone.goto(`${base}/vergaderingen/${meetingId}`);
    await see(phone.getByRole('table', { name: 'De agenda, in volgorde van behandeling' }).locator('tbody tr').first()).contains('Erkend, Goed beschreven');
    await expectAccessible(phone, 'committee-meeting-decided-phone');
    expect(await horizontalOverflow(phone)).toBeLessThanOrEqual(0);

    // Once its day is over, the meeting is listed among the past ones, not the upcoming.
    await t.dataSource.query(`UPDATE committee_meetings SET starts_at = now() - interval '2 days' WHERE id = $1`, [meetingId]);
    await page.goto(`${base}/vergaderingen`);
    await see(page.locator('section[aria-labelledby="past-heading"]').getByRole('link')).count(1);
    await see(page.locator('section[aria-labelledby="upcoming-heading"]')).contains('Er zijn geen vergaderingen gepland.');
    await expectAccessible(page, 'committee-meetings-past');
  });
});
