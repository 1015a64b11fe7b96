import request from 'supertest';
import type { TestApp } from './test-app.js';

/** A complete intake form, as an owner would fill it in. */
export const COMPLETE_INTAKE = {
  name: 'Samen tegen eenzaamheid',
  organisation: 'Stichting Voorbeeld',
  contactName: 'Olga Owner',
  contactEmail: 'olga@example.nl',
  summary: 'Huisbezoeken door getrainde vrijwilligers aan eenzame ouderen in de wijk.',
  goal: 'Minder eenzaamheid bij ouderen.',
  targetGroup: 'Ouderen van 70 jaar en ouder die alleen wonen.',
  approach: 'Tien huisbezoeken in zes maanden, gevolgd door een groepsactiviteit.',
  themes: ['eenzaamheid', 'ouderen'],
  targetLevel: 'goed_beschreven',
  yearsInPractice: 4,
  organisationsCount: 3,
  hasHandbook: true,
  handbookInDutch: true,
  hasProcessEvaluation: true,
};

export async function createDraft(t: TestApp, auth: Record<string, string>, fields: Record<string, unknown> = {}) {
  const response = await request(t.server)
    .post('/applications')
    .set(auth)
    .send({ ...COMPLETE_INTAKE, ...fields });
  if (response.status !== 201) throw new Error(`create failed: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body as { id: string; version: number; [key: string]: unknown };
}

/** Sends one step and expects it to succeed; returns the new application view. */
export async function step(t: TestApp, auth: Record<string, string>, id: string, action: string, body: Record<string, unknown>) {
  const response = await request(t.server).post(`/applications/${id}/${action}`).set(auth).send(body);
  if (response.status !== 200) throw new Error(`${action} failed: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body as { id: string; version: number; state: string; [key: string]: unknown };
}
