import type { Page } from 'playwright-core';
import { createCommittee } from '../committee/support/committee-fixtures.js';
import { InsightRefreshService } from '../../src/insight/insight-refresh.service.js';
import { insertDeadline, insertDecision, insertFixedCase } from '../insight/insight-fixtures.js';
import { createDraft, step } from '../support/applications.js';
import { createUser } from '../support/users.js';
import { PHONE, expectAccessible, horizontalOverflow, see } from './support/browser.js';
import { useBrowserApp } from './support/browser-app.js';

/**
 * The Inzicht dashboard in Dutch: a secretary opens a fixed year (two decided cases and one missed
 * deadline, the figures of test/insight/insight.e2e.spec.ts), reads each table with its caption and
 * summary, narrows it to one target level through the form (the address follows), and a chair
 * reads the same on a phone. axe on every screen at 1366 and 390 px.
 */

const on = (date: string) => `${date}T10:00:00Z`;

/**
 * The three charts draw exactly what the API returned: one series per statistic, phase or step,
 * and one point or bar per value it gave (a quarter without a decision has no lead-time point).
 */
async function seeChartsOfTheApi(page: Page, api: string, period: string) {
  const answer = async <T,>(path: string) => (await (await page.request.get(`${api}/${path}${period}`)).json()) as T;
  const leadTimes = await answer<{ byQuarter: { measure: string; median: number | null; p75: number | null; p90: number | null }[] }>('lead-times');
  const throughput = await answer<{ quarters: unknown[] }>('throughput');
  const backlog = await answer<{ months: unknown[] }>('backlog');
  const decided = leadTimes.byQuarter.filter((row) => row.measure === 'submissionToDecision');
  const leadTimePoints = decided.flatMap((row) => [row.median, row.p75, row.p90]).filter((value) => value !== null).length;
  expect(leadTimePoints).toBeGreaterThan(0);

  const chart = (name: RegExp) => page.getByRole('img', { name });
  const leadTimeChart = chart(/^Doorlooptijd van aanmelding tot besluit per kwartaal, in werkdagen/);
  await see(leadTimeChart.locator('.ct-series')).count(3);
  await see(leadTimeChart.locator('.ct-point')).count(leadTimePoints);
  const throughputChart = chart(/^Instroom en uitkomsten per kwartaal/);
  await see(throughputChart.locator('.ct-series')).count(4);
  await see(throughputChart.locator('.ct-bar')).count(4 * throughput.quarters.length);
  const backlogChart = chart(/^Werkvoorraad per fase aan het eind van elke maand/);
  await see(backlogChart.locator('.ct-series')).count(5);
  await see(backlogChart.locator('.ct-point')).count(5 * backlog.months.length);
  await see(page.locator('main figure.series-chart figcaption').first()).contains('De cijfers staan in de tabel onder de grafiek');
}

describe('the Inzicht dashboard', () => {
  const web = useBrowserApp();
  const { newPage, logIn } = web;
  const summaries = (page: Page) => page.locator('main .insight-summary');
  let secretary: Awaited<ReturnType<typeof createUser>>;
  let chair: Awaited<ReturnType<typeof createUser>>;

  beforeAll(async () => {
    const { t } = web;
    secretary = await createUser(t, ['secretary'], { name: 'Sanne Secretaris' });
    chair = await createUser(t, ['chair'], { name: 'Vera Voorzitter' });
    const admin = await createUser(t, ['admin']);
    const committee = await createCommittee(t, admin, chair, [], 'Deelcommissie Noord');
    const by = secretary.user.id;
    const alfa = await insertFixedCase(t, by, {
      name: 'Alfa',
      targetLevel: 'goed_beschreven',
      state: 'published.listed',
      submittedAt: on('2025-03-10'),
      history: [
        { to: 'draft', at: on('2025-03-03') },
        { to: 'intake', at: on('2025-03-10') },
        { to: 'description', at: on('2025-03-17') },
        { to: 'submittedForAssessment', at: on('2025-04-17') },
        { to: 'underReview', at: on('2025-04-22') },
        { to: 'awaitingCommittee', at: on('2025-05-06') },
        { to: 'onAgenda', at: on('2025-05-20') },
        { to: 'letterDraft', at: on('2025-06-02') },
        { to: 'decided.recognised', at: on('2025-06-05') },
        { to: 'published.listed', at: on('2025-06-12') },
      ],
    });
    await insertDecision(t, { applicationId: alfa.id, committeeId: committee, decidedBy: chair.user.id, verdict: 'recognised', decidedAt: on('2025-06-02') });
    const bravo = await insertFixedCase(t, by, {
      name: 'Bravo',
      targetLevel: 'goed_onderbouwd',
      state: 'decided.notRecognised',
      submittedAt: on('2025-01-08'),
      history: [
        { to: 'draft', at: on('2025-01-06') },
        { to: 'intake', at: on('2025-01-08') },
        { to: 'description', at: on('2025-01-24') },
        { to: 'submittedForAssessment', at: on('2025-03-03') },
        { to: 'awaitingCommittee', at: on('2025-04-01') },
        { to: 'letterDraft', at: on('2025-07-01') },
        { to: 'decided.notRecognised', at: on('2025-07-03') },
      ],
    });
    await insertDecision(t, { applicationId: bravo.id, committeeId: committee, decidedBy: chair.user.id, verdict: 'not_recognised', decidedAt: on('2025-07-01') });
    const waiting = await insertFixedCase(t, by, {
      name: 'Buurtkamer Wachten',
      targetLevel: 'goed_beschreven',
      state: 'description',
      stateDetail: { werkblad: 'feedbackRequested', documents: 'incomplete' },
      history: [],
    });
    await insertDeadline(t, { applicationId: alfa.id, kind: 'review', dueAt: on('2025-04-30'), status: 'met', metAt: on('2025-04-29') });
    await insertDeadline(t, { applicationId: waiting.id, kind: 'coach_feedback', dueAt: on('2025-12-19'), status: 'missed', missedAt: on('2025-12-20'), assigneeRole: 'coach' });
    await t.app.get(InsightRefreshService).refresh();
  });

  it('shows each figure as a table with a caption and a summary, filtered through the address', async () => {
    const { base } = web;
    const page = await newPage();
    await logIn(page, secretary.user.email);
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Inzicht' }).click();
    await see(page.locator('main h1')).text('Inzicht');
    await page.goto(`${base}/inzicht?from=2025-01-01&to=2025-12-31`);
    await see(page.locator('main .insight-period')).text('Periode: 1 januari 2025 tot en met 31 december 2025.');
    await see(summaries(page).nth(0)).text(
      'Van de 2 aanvragen met een besluit in deze periode was de helft binnen 89,5 werkdagen van aanmelding tot besluit (mediaan), en 9 op de 10 binnen 114,7.',
    );
    await see(summaries(page).nth(1)).text('In deze periode: 2 aanmeldingen binnen, 2 toegelaten, 1 erkend en 1 gepubliceerd.');
    await see(page.locator('main .insight-freshness')).contains('Doorlooptijden, instroom en werkvoorraad bijgewerkt om ');
    // Bravo is still in its decision phase (the letter); nothing else was under way at the end of December.
    await see(summaries(page).nth(2)).text('Aan het eind van december 2025 liep 1 aanvraag in een fase van intake tot besluit.');
    // Per phase in, out and at the end of the month, as the API gives them.
    const backlog = (await (await page.request.get(`${base}/insight/backlog?from=2025-01-01&to=2025-12-31`)).json()) as {
      months: (Record<string, number> & { month: string; entered: Record<string, number>; left: Record<string, number> })[];
    };
    const april = backlog.months.find((row) => row.month === '2025-04')!;
    const aprilFigures = ['intake', 'beschrijven', 'beoordelen', 'commissie', 'besluit'].flatMap((phase) => [april.entered[phase], april.left[phase], april[phase]]);
    expect(aprilFigures).toEqual([0, 0, 0, 0, 1, 0, 1, 1, 1, 1, 0, 1, 0, 0, 0]);
    await see(page.getByRole('table', { name: /^Aantal aanvragen per fase per maand/ }).getByRole('row', { name: /april 2025/ })).text(['april 2025', ...aprilFigures, april.total].join('\t'));
    await see(summaries(page).nth(3)).text('Van de 2 termijnen die in deze periode afliepen, werd 50% op tijd gehaald; nu staat er 1 gemiste termijn open.');
    await see(summaries(page).nth(6)).text('In deze periode vergaderde geen commissie.');
    await see(page.getByRole('link', { name: 'Jaaroverzicht 2025 downloaden als PDF' })).attribute('href', '/insight/jaaroverzicht.pdf?year=2025');
    await see(page.getByRole('link', { name: 'Werkvoorraad downloaden als CSV' })).attribute('href', '/insight/backlog.csv?from=2025-01-01&to=2025-12-31');
    const overall = page.getByRole('table', { name: 'Doorlooptijd per fase in werkdagen, over de hele periode' });
    await see(overall.getByRole('row', { name: /Van aanmelding tot besluit/ })).text('Van aanmelding tot besluit\t2\t89,5\t105,3\t114,7');
    await see(page.getByRole('table', { name: 'Aantal aanvragen per kwartaal en per stap' }).getByRole('row', { name: /Totaal/ })).contains('Totaal');
    await see(page.getByRole('table', { name: /Termijnen die nu verlopen zijn/ })).contains('Buurtkamer Wachten');
    await see(page.getByRole('link', { name: 'Doorlooptijden downloaden als CSV' })).attribute('href', '/insight/lead-times.csv?from=2025-01-01&to=2025-12-31');
    await seeChartsOfTheApi(page, `${base}/insight`, '?from=2025-01-01&to=2025-12-31');
    // The keyboard path to a chart's values is the data table right after it.
    await page.getByRole('link', { name: 'Jaaroverzicht 2025 downloaden als PDF' }).focus();
    await page.keyboard.press('Tab');
    await see(page.getByRole('region', { name: /^Doorlooptijd van aanmelding tot besluit per kwartaal in werkdagen/ })).focused();
    expect(await horizontalOverflow(page)).toBe(0);
    await expectAccessible(page, 'insight-desktop');

    await page.getByLabel('Beoogd niveau').selectOption('goed_onderbouwd');
    await page.getByRole('button', { name: 'Cijfers tonen' }).click();
    await page.waitForURL((url) => url.searchParams.get('targetLevel') === 'goed_onderbouwd' && url.searchParams.get('from') === '2025-01-01');
    await see(summaries(page).nth(0)).text('De ene aanvraag met een besluit in deze periode deed 121 werkdagen over de weg van aanmelding tot besluit.');
    await page.reload();
    await see(page.getByLabel('Beoogd niveau')).value('goed_onderbouwd');
    await see(summaries(page).nth(1)).text('In deze periode: 1 aanmelding binnen, 1 toegelaten, 0 erkend en 0 gepubliceerd.');
    await expectAccessible(page, 'insight-filtered');
  });

  it('names the field when the period runs backwards', async () => {
    const page = await newPage();
    await logIn(page, secretary.user.email);
    await page.goto(`${web.base}/inzicht?from=2025-06-01&to=2025-05-01`);
    await see(page.locator('main')).contains('Ligt voor de begindatum.');
    await expectAccessible(page, 'insight-refused');
  });

  it('fits a phone for a chair', async () => {
    const page = await newPage(PHONE);
    await logIn(page, chair.user.email);
    await page.goto(`${web.base}/inzicht?from=2025-01-01&to=2025-12-31`);
    await see(summaries(page).nth(0)).contains('89,5 werkdagen');
    await see(page.locator('main .series-chart svg.ct-chart-line')).count(2);
    await see(page.locator('main .series-chart svg.ct-chart-bar')).count(1);
    expect(await horizontalOverflow(page)).toBe(0);
    await expectAccessible(page, 'insight-phone');
  });
  it('shows an owner where the case stands against the usual duration of its phase', async () => {
    const { t } = web;
    // Ten intake stays that ended in the last weeks, of 1 to 10 calendar days.
    const day = 86_400_000;
    const start = Date.now() - 40 * day;
    for (let index = 1; index <= 10; index++)
      await insertFixedCase(t, secretary.user.id, {
        name: `Recent ${index}`,
        targetLevel: 'goed_beschreven',
        state: 'description',
        submittedAt: new Date(start).toISOString(),
        history: [
          { to: 'intake', at: new Date(start).toISOString() },
          { to: 'description', at: new Date(start + index * day).toISOString() },
        ],
      });
    const owner = await createUser(t, ['owner'], { name: 'Olga Eigenaar' });
    const draft = await createDraft(t, owner.auth, { name: 'Buurtkamer Vandaag' });
    await step(t, owner.auth, draft.id, 'submit', { version: draft.version });
    await t.app.get(InsightRefreshService).refresh();

    for (const [viewport, name] of [[undefined, 'phase-duration-desktop'], [PHONE, 'phase-duration-phone']] as const) {
      const page = await newPage(viewport);
      await logIn(page, owner.user.email);
      await page.goto(`${web.base}/aanmeldingen/${draft.id}`);
      await see(page.locator('main .phase-duration')).contains('deze aanvraag is er nu 0 werkdagen in.');
      await see(page.locator('main .phase-duration')).contains('Dat is de middelste helft van de 10 aanvragen die deze fase het afgelopen jaar afrondden.');
      expect(await horizontalOverflow(page)).toBe(0);
      await expectAccessible(page, name);
    }
  });
});
