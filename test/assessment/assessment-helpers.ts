import request from 'supertest';
import type { Role } from '../../src/users/role.js';
import type { TestApp } from '../support/test-app.js';
import { createUser } from '../support/users.js';

export type TestUser = Awaited<ReturnType<typeof createUser>>;

let counter = 0;

/**
 * A reviewer with a distinctive name and e-mail (so the anonymity checks can search for them)
 * and a profile set by the secretary.
 */
export async function createReviewer(
  t: TestApp,
  secretary: TestUser,
  kind: 'science' | 'practice',
  options: { organisation?: string; profileOrganisation?: string; themes?: string[]; roles?: Role[] } = {},
): Promise<TestUser> {
  counter += 1;
  const tag = `${Date.now().toString(36)}${counter}`;
  const reviewer = await createUser(t, options.roles ?? ['reviewer'], {
    name: `Referent ${kind === 'science' ? 'Wetenschap' : 'Praktijk'} ${tag}`,
    email: `referent-${tag}@beoordelaars.example`,
    organisation: options.organisation ?? `Bureau ${tag}`,
  });
  await request(t.server)
    .put(`/reviewers/${reviewer.user.id}/profile`)
    .set(secretary.auth)
    .send({
      kind,
      themes: options.themes ?? ['eenzaamheid'],
      ...(options.profileOrganisation ? { organisation: options.profileOrganisation } : {}),
    })
    .expect(200);
  return reviewer;
}

export async function startPanel(t: TestApp, secretary: TestUser, applicationId: string, version: number) {
  const response = await request(t.server).post(`/applications/${applicationId}/panel/start`).set(secretary.auth).send({ version });
  if (response.status !== 200) throw new Error(`start panel failed: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body;
}

export async function invite(t: TestApp, secretary: TestUser, applicationId: string, reviewer: TestUser, kind?: string) {
  const response = await request(t.server)
    .post(`/applications/${applicationId}/panel/invitations`)
    .set(secretary.auth)
    .send({ reviewerId: reviewer.user.id, ...(kind ? { kind } : {}) });
  if (response.status !== 201) throw new Error(`invite failed: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body as { id: string; status: string; responseDueAt: string };
}

export async function accept(t: TestApp, reviewer: TestUser, invitationId: string) {
  const response = await request(t.server).post(`/invitations/${invitationId}/accept`).set(reviewer.auth).send({ conflictOfInterest: false });
  if (response.status !== 200) throw new Error(`accept failed: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body as { status: string; letter: string; application: { state: string } };
}

/** The reviewer's open invitation for this application (e.g. one sent automatically to an alternate). */
export async function pendingInvitationOf(t: TestApp, reviewer: TestUser, applicationId: string) {
  const response = await request(t.server).get('/me/invitations').set(reviewer.auth).expect(200);
  return (response.body as { id: string; status: string; application: { id: string } }[]).find(
    (invitation) => invitation.application.id === applicationId && invitation.status === 'pending',
  );
}

/** Invites and accepts, in order; the panel completes when the last one accepts. */
export async function composePanel(t: TestApp, secretary: TestUser, applicationId: string, reviewers: TestUser[]) {
  for (const reviewer of reviewers) {
    const invitation = await invite(t, secretary, applicationId, reviewer);
    await accept(t, reviewer, invitation.id);
  }
}
