import { call, client } from './client';
import type { DecisionView } from './decision-api';
import type { ApplicationView } from './types';

/**
 * Four eyes on the decision letter (src/decisions/decisions.controller.ts): the draft the chair's
 * decision produced, who it goes to, and the secretary's sending.
 */

/** The longest covering message the API accepts (src/decisions/dto/decision.dto.ts). */
export const COVERING_MESSAGE_MAX_LENGTH = 2000;

/** Where the browser shows the draft letter (PDF, inline); only chair and secretaries get it. */
export const draftLetterUrl = (id: string) => `/applications/${encodeURIComponent(id)}/decision-letter/draft`;

export interface LetterAddressees {
  owners: { name: string; email: string }[];
  /** Staff groups that are told when the letter goes out. */
  informed: string[];
}

const path = (id: string) => ({ params: { path: { id } } });

export const decisionLetterApi = {
  addressees: (id: string) => call<LetterAddressees>(client.GET('/applications/{id}/decision-letter/addressees', path(id))),
  send: (id: string, version: number, coveringMessage?: string) =>
    call<{ decision: DecisionView; application: ApplicationView }>(
      client.POST('/applications/{id}/decision-letter/send', { ...path(id), body: { version, coveringMessage } }),
    ),
};
