import request from 'supertest';
import { createDraft, step } from '../support/applications.js';
import type { TestApp } from '../support/test-app.js';

type Auth = Record<string, string>;

/** A new application taken through submission and admission with this coach; in `description`. */
export async function admittedApplication(t: TestApp, owner: Auth, secretary: Auth, coachId: string) {
  const draft = await createDraft(t, owner);
  await step(t, owner, draft.id, 'submit', { version: draft.version });
  const admitted = await step(t, secretary, draft.id, 'admit', { version: draft.version + 1, coachId });
  if (admitted.state !== 'description') throw new Error(`expected description, got ${admitted.state}`);
  return { id: admitted.id, version: admitted.version };
}

export function saveSection(t: TestApp, auth: Auth, id: string, key: string, content: string, version: number) {
  return request(t.server).put(`/applications/${id}/description/sections/${key}`).set(auth).send({ content, version });
}

export async function description(t: TestApp, auth: Auth, id: string) {
  const response = await request(t.server).get(`/applications/${id}/description`).set(auth).expect(200);
  return response.body;
}

export interface DescriptionBody {
  version: number;
  werkblad: string | null;
  versions: { number: number; kind: string; [key: string]: unknown }[];
  [key: string]: unknown;
}

/** A werkblad step over HTTP that must succeed; returns the description view. */
export async function werkbladStep(t: TestApp, auth: Auth, id: string, action: string, body: Record<string, unknown>) {
  return (await step(t, auth, id, `description/${action}`, body)) as unknown as DescriptionBody;
}

export const words = (count: number, word = 'woord') => Array.from({ length: count }, (_, i) => `${word}${i}`).join(' ');
