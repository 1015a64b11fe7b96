import request from 'supertest';
import { inflateSync } from 'node:zlib';
import type { PanelKind, ProposedLevel } from '../../../src/committee/decision-rules.js';
import type { LevelCode } from '../../../src/track/track.levels.js';
import type { TestApp } from '../../support/test-app.js';
import { driveToSubmittedForAssessment, sendAs, type TestUser } from '../../support/track-driver.js';

export interface PanelSeatFixture {
  reviewer: TestUser;
  kind: PanelKind;
  /** undefined: the reviewer has not submitted; null: proposes not to recognise. */
  proposedLevel?: ProposedLevel;
  feedback?: string;
  remarks?: string;
}

/**
 * TEST-ONLY: writes the panel straight into the assessment module's tables (`panel_invitations`,
 * `panel_members`), as if every invitation had been accepted. Letters A, B, C… in seat order.
 */
export async function insertPanel(t: TestApp, applicationId: string, seats: PanelSeatFixture[]): Promise<void> {
  for (const [index, seat] of seats.entries()) {
    const [invitation]: { id: string }[] = await t.dataSource.query(
      `INSERT INTO panel_invitations (application_id, reviewer_id, kind, status, invited_at, response_due_at, responded_at, closed_at)
       VALUES ($1, $2, $3, 'accepted', now(), now(), now(), now()) RETURNING id`,
      [applicationId, seat.reviewer.user.id, seat.kind],
    );
    await t.dataSource.query(
      `INSERT INTO panel_members (application_id, reviewer_id, kind, letter, status, invitation_id) VALUES ($1, $2, $3, $4, 'active', $5)`,
      [applicationId, seat.reviewer.user.id, seat.kind, String.fromCharCode(65 + index), invitation.id],
    );
  }
}

/** TEST-ONLY: submitted reviews of `round` in the assessment module's `reviews` table, for the seats that propose something. */
export async function insertReviews(t: TestApp, applicationId: string, round: number, seats: PanelSeatFixture[]): Promise<void> {
  for (const seat of seats) {
    if (seat.proposedLevel === undefined) continue;
    await t.dataSource.query(
      `INSERT INTO reviews (application_id, reviewer_id, round, status, proposed_level, no_level_reached, feedback_for_owner, confidential_remarks, submitted_at)
       VALUES ($1, $2, $3, 'submitted', $4, $5, $6, $7, now())`,
      [
        applicationId,
        seat.reviewer.user.id,
        round,
        seat.proposedLevel,
        seat.proposedLevel === null,
        seat.feedback ?? 'Heldere beschrijving; werk de doelgroep verder uit.',
        seat.remarks ?? 'Vertrouwelijk: alleen voor de commissie.',
      ],
    );
  }
}

/**
 * A new application in `awaitingCommittee`: intake and description through the track, the panel
 * and its reviews written straight into the assessment tables, and the system's
 * PANEL_COMPLETE / ALL_REVIEWS_SUBMITTED sent by hand.
 */
export async function driveToAwaitingCommittee(
  t: TestApp,
  people: { owner: TestUser; secretary: TestUser; coach: TestUser },
  seats: PanelSeatFixture[],
  options: { targetLevel?: LevelCode; fields?: Record<string, unknown> } = {},
): Promise<{ id: string; version: number }> {
  const { id } = await driveToSubmittedForAssessment(t, people, options);
  await sendAs(t, id, people.secretary, { type: 'START_PANEL_COMPOSITION' });
  await insertPanel(t, id, seats);
  await sendAs(t, id, 'panels', { type: 'PANEL_COMPLETE' });
  await insertReviews(t, id, 1, seats);
  const application = await sendAs(t, id, 'reviews', { type: 'ALL_REVIEWS_SUBMITTED' });
  return { id, version: application.version };
}

/** Plans a meeting a week from now over HTTP; returns its id. */
export async function planMeeting(t: TestApp, secretary: TestUser, committeeId: string, startsAt = new Date(Date.now() + 7 * 86_400_000)) {
  const response = await request(t.server)
    .post(`/committees/${committeeId}/meetings`)
    .set(secretary.auth)
    .send({ startsAt: startsAt.toISOString(), location: 'Utrecht' })
    .expect(201);
  return response.body.id as string;
}

/**
 * TEST-ONLY: lets the meeting begin, so its chair can decide: its start moves to a minute ago, but
 * not before today's midnight in Amsterdam, so cases can still be placed on its agenda afterwards.
 * With `at`, the start moves to that moment instead (for decisions recorded with an earlier clock).
 */
export async function startMeeting(t: TestApp, meetingId: string, at?: Date): Promise<void> {
  if (at) {
    await t.dataSource.query(`UPDATE committee_meetings SET starts_at = $2 WHERE id = $1`, [meetingId, at]);
    return;
  }
  await t.dataSource.query(
    `UPDATE committee_meetings
        SET starts_at = greatest(now() - interval '1 minute', date_trunc('day', now() AT TIME ZONE 'Europe/Amsterdam') AT TIME ZONE 'Europe/Amsterdam')
      WHERE id = $1`,
    [meetingId],
  );
}

export async function createCommittee(t: TestApp, admin: TestUser, chair: TestUser, members: TestUser[], name = `Deelcommissie ${Math.random().toString(36).slice(2, 8)}`) {
  const response = await request(t.server)
    .post('/committees')
    .set(admin.auth)
    .send({
      name,
      databank: 'Databank Effectieve sociale interventies',
      chairId: chair.user.id,
      memberIds: members.map((member) => member.user.id),
    })
    .expect(201);
  return response.body.id as string;
}

export async function currentVersion(t: TestApp, applicationId: string): Promise<number> {
  const [row]: { version: number }[] = await t.dataSource.query(`SELECT version FROM applications WHERE id = $1`, [applicationId]);
  return row.version;
}

/** Places the application on the meeting's agenda as the secretary; returns the new version. */
export async function placeOnAgenda(t: TestApp, secretary: TestUser, meetingId: string, applicationId: string) {
  await request(t.server)
    .post(`/meetings/${meetingId}/agenda`)
    .set(secretary.auth)
    .send({ applicationId, version: await currentVersion(t, applicationId) })
    .expect(201);
  return currentVersion(t, applicationId);
}

/**
 * The text drawn by a pdfkit PDF: every string shown with TJ/Tj, decoded from WinAnsi, in order.
 * Flate-compressed content streams are inflated first.
 */
export function pdfText(pdf: Buffer): string {
  const raw = pdf.toString('latin1');
  const contents: string[] = [];
  const streams = /stream\r?\n([\s\S]*?)\r?\nendstream/g;
  for (let match = streams.exec(raw); match; match = streams.exec(raw)) {
    const bytes = Buffer.from(match[1], 'latin1');
    try {
      contents.push(inflateSync(bytes).toString('latin1'));
    } catch {
      contents.push(match[1]);
    }
  }
  const decoder = new TextDecoder('windows-1252');
  const pieces: string[] = [];
  for (const content of contents) {
    const shows = /\[((?:<[0-9a-fA-F]*>|\([^)]*\)|[-\d.\s])*)\]\s*TJ|<([0-9a-fA-F]*)>\s*Tj/g;
    for (let show = shows.exec(content); show; show = shows.exec(content)) {
      const hexes = show[1] !== undefined ? [...show[1].matchAll(/<([0-9a-fA-F]*)>/g)].map((m) => m[1]) : [show[2]];
      pieces.push(hexes.map((hex) => decoder.decode(Buffer.from(hex, 'hex'))).join(''));
    }
  }
  return pieces.join(' ').replace(/\s+/g, ' ');
}
