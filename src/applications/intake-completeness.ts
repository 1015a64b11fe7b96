import type { Application } from './application.entity.js';

/** A field the intake still lacks: `rule` for the web app to word (see common/http/field-rules.ts), `reason` for API clients. */
export interface MissingField {
  field: string;
  reason: string;
  rule?: 'required';
}

const REQUIRED_TEXT: [keyof Application, string][] = [
  ['name', 'de naam van de interventie / the name of the intervention'],
  ['organisation', 'de organisatie / the organisation'],
  ['contactName', 'de contactpersoon / the contact person'],
  ['contactEmail', 'het e-mailadres van de contactpersoon / the contact e-mail address'],
  ['summary', 'een korte samenvatting / a short summary'],
  ['goal', 'het doel / the goal'],
  ['targetGroup', 'de doelgroep / the target group'],
  ['approach', 'de aanpak / the approach'],
];

const REQUIRED_ANSWERS: [keyof Application, string][] = [
  ['yearsInPractice', 'hoeveel jaar de interventie in de praktijk wordt uitgevoerd / years in practice'],
  ['organisationsCount', 'door hoeveel organisaties of op hoeveel plaatsen / number of organisations or places'],
  ['hasHandbook', 'of er een handboek is / whether a handbook exists'],
  ['hasProcessEvaluation', 'of er een procesevaluatie is / whether a process evaluation exists'],
];

/** What the intake form still lacks before the owner can submit it (empty when complete). */
export function missingIntakeFields(application: Application): MissingField[] {
  const missing: MissingField[] = [];
  for (const [field, label] of REQUIRED_TEXT) {
    const value = application[field];
    if (typeof value !== 'string' || value.trim() === '') missing.push({ field, rule: 'required', reason: `ontbreekt: ${label} / missing` });
  }
  if (application.themes.length === 0) missing.push({ field: 'themes', reason: 'kies minstens één thema / choose at least one theme' });
  for (const [field, label] of REQUIRED_ANSWERS)
    if (application[field] === null || application[field] === undefined)
      missing.push({ field, rule: 'required', reason: `ontbreekt: ${label} / missing` });
  if (application.hasHandbook && (application.handbookInDutch === null || application.handbookInDutch === undefined))
    missing.push({ field: 'handbookInDutch', rule: 'required', reason: 'ontbreekt: of het handboek Nederlandstalig is / whether the handbook is in Dutch' });
  return missing;
}
