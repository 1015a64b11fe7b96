import { ApiProperty } from '@nestjs/swagger';
import { BilingualText } from '../common/views/bilingual-text.view.js';
import type { Application } from './application.entity.js';

export const CRITERION_RESULTS = ['met', 'not_met', 'unknown', 'to_judge'] as const;
export type CriterionResult = (typeof CRITERION_RESULTS)[number];

export class AdmissionCriterion {
  @ApiProperty()
  code!: string;

  @ApiProperty({ type: BilingualText })
  label!: BilingualText;

  @ApiProperty({ enum: CRITERION_RESULTS, enumName: 'CriterionResult' })
  result!: CriterionResult;
}

export const MINIMUM_YEARS_IN_PRACTICE = 2;
export const MINIMUM_ORGANISATIONS = 2;

const answer = (value: boolean | null | undefined): CriterionResult =>
  value === null || value === undefined ? 'unknown' : value ? 'met' : 'not_met';

const atLeast = (value: number | null | undefined, minimum: number): CriterionResult =>
  value === null || value === undefined ? 'unknown' : value >= minimum ? 'met' : 'not_met';

/**
 * Movisie's admission criteria (DOMAIN step 2), checked against the intake answers. The last one
 * — a planned, goal-directed approach within the committee's domain, adding something over what
 * is already recognised — is the secretary's judgment and is shown as `to_judge`.
 */
export function admissionCriteria(application: Application): AdmissionCriterion[] {
  return [
    {
      code: 'handbook_in_dutch',
      label: { nl: 'Er is een Nederlandstalig handboek', en: 'A handbook exists, in Dutch' },
      result: application.hasHandbook === false ? 'not_met' : answer(application.hasHandbook && application.handbookInDutch),
    },
    {
      code: 'process_evaluation',
      label: { nl: 'Er is een procesevaluatie', en: 'A process evaluation exists' },
      result: answer(application.hasProcessEvaluation),
    },
    {
      code: 'years_in_practice',
      label: { nl: `Minstens ${MINIMUM_YEARS_IN_PRACTICE} jaar in de praktijk toegepast`, en: `Applied in practice for at least ${MINIMUM_YEARS_IN_PRACTICE} years` },
      result: atLeast(application.yearsInPractice, MINIMUM_YEARS_IN_PRACTICE),
    },
    {
      code: 'organisations',
      label: { nl: `Toegepast door minstens ${MINIMUM_ORGANISATIONS} organisaties of op meerdere plaatsen`, en: `Applied by at least ${MINIMUM_ORGANISATIONS} organisations or in several places` },
      result: atLeast(application.organisationsCount, MINIMUM_ORGANISATIONS),
    },
    {
      code: 'within_domain',
      label: {
        nl: 'Planmatige, doelgerichte aanpak van een sociaal vraagstuk binnen het domein van de commissie',
        en: "A planned, goal-directed approach to a social issue within the committee's domain",
      },
      result: 'to_judge',
    },
  ];
}

export function failedCriteria(application: Application): AdmissionCriterion[] {
  return admissionCriteria(application).filter((criterion) => criterion.result === 'not_met' || criterion.result === 'unknown');
}
