import { ApiProperty } from '@nestjs/swagger';
import type { Application } from '../applications/application.entity.js';
import { missingIntakeFields } from '../applications/intake-completeness.js';
import { missingDocuments } from './track.machine.js';
import { trackContextOf } from './track.snapshot.js';

/** Why the application cannot take its next step yet; the web catalogue has the words for each code. */
export const MISSING_ITEM_CODES = ['intake_field_missing', 'werkblad_not_ready', 'handbook_missing', 'process_evaluation_missing', 'effect_study_missing'] as const;
export type MissingItemCode = (typeof MISSING_ITEM_CODES)[number];

export class MissingItem {
  @ApiProperty({ enum: MISSING_ITEM_CODES, enumName: 'MissingItemCode' })
  code!: MissingItemCode;

  @ApiProperty({ type: 'object', additionalProperties: { type: 'string' } })
  params!: Record<string, string>;
}

/** The step the owner works towards in the current state, and what it still lacks (empty: it can be taken). */
export class Readiness {
  @ApiProperty({ enum: ['SUBMIT', 'PROVIDE_INFORMATION', 'SUBMIT_FOR_ASSESSMENT'] })
  nextStep!: 'SUBMIT' | 'PROVIDE_INFORMATION' | 'SUBMIT_FOR_ASSESSMENT';

  @ApiProperty({ type: [MissingItem] })
  missing!: MissingItem[];
}

const DOCUMENT_ITEM = {
  handbook: 'handbook_missing',
  process_evaluation: 'process_evaluation_missing',
  effect_study: 'effect_study_missing',
} as const satisfies Record<string, MissingItemCode>;

/**
 * What is still needed before the next step, by name, from the same rules that refuse the step:
 * the intake form's completeness (intake-completeness.ts) before submitting, and the machine's
 * `readyForAssessment` guard (werkblad ready, documents complete) before SUBMIT_FOR_ASSESSMENT.
 * Null in the states where the owner does not work towards a step (from the assessment on).
 */
export function readinessOf(application: Application): Readiness | null {
  if (application.state === 'draft' || application.state === 'informationRequested') {
    return {
      nextStep: application.state === 'draft' ? 'SUBMIT' : 'PROVIDE_INFORMATION',
      missing: missingIntakeFields(application).map(({ field }) => ({ code: 'intake_field_missing', params: { field } })),
    };
  }
  if (application.state !== 'description') return null;
  const context = trackContextOf(application);
  const missing: MissingItem[] = [];
  const werkblad = application.stateDetail?.werkblad ?? 'drafting';
  if (werkblad !== 'ready') missing.push({ code: 'werkblad_not_ready', params: { werkblad } });
  for (const document of missingDocuments(context.documents, context.targetLevel))
    missing.push({ code: DOCUMENT_ITEM[document], params: document === 'effect_study' ? { targetLevel: context.targetLevel } : {} });
  return { nextStep: 'SUBMIT_FOR_ASSESSMENT', missing };
}
