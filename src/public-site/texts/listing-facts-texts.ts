import type { AgeBand, CostBasis, Setting } from '../../description/listing-facts.js';
import type { PublicLanguage } from './public-site-texts.js';

/** The words of the "In het kort" block and the fact filters of the search form, Dutch first. */
const nl = {
  atAGlance: 'In het kort',
  cost: 'Kosten',
  costIncludes: 'Inbegrepen',
  duration: 'Duur en intensiteit',
  staff: 'Uitvoerders',
  training: 'Training',
  trainingRequired: 'Training verplicht',
  trainingOptional: 'Training niet verplicht',
  settings: 'Setting',
  ageGroup: 'Leeftijd doelgroep',
  notGiven: 'Niet opgegeven',
  free: 'Gratis',
  costBasis: { per_participant: 'per deelnemer', per_year: 'per jaar', per_group: 'per groep' } satisfies Record<CostBasis, string>,
  weeks: (n: number) => (n === 1 ? '1 week' : `${n} weken`),
  sessions: (n: number) => (n === 1 ? '1 bijeenkomst' : `${n} bijeenkomsten`),
  minutesEach: (n: number) => `van ${n} minuten`,
  ages: (min: number | null, max: number | null) =>
    min !== null && max !== null ? (min === max ? `${min} jaar` : `${min} tot en met ${max} jaar`) : min !== null ? `vanaf ${min} jaar` : `tot en met ${max} jaar`,
  settingNames: {
    home: 'Thuis',
    school: 'School',
    childcare: 'Kinderopvang',
    community_centre: 'Buurthuis of wijkcentrum',
    healthcare: 'Zorg (huisarts, ziekenhuis, ggz)',
    residential: 'Opvang of woonvoorziening',
    workplace: 'Werk',
    online: 'Online',
  } satisfies Record<Setting, string>,
  ageBandNames: {
    '0-3': '0 tot 4 jaar (baby’s en peuters)',
    '4-11': '4 tot 12 jaar (kinderen)',
    '12-17': '12 tot 18 jaar (jongeren)',
    '18-26': '18 tot 27 jaar (jongvolwassenen)',
    '27-64': '27 tot 65 jaar (volwassenen)',
    '65+': '65 jaar en ouder',
  } satisfies Record<AgeBand, string>,
  anySetting: 'Alle settings',
  anyAge: 'Alle leeftijden',
  maxCost: 'Hoogstens kosten per deelnemer (euro)',
  maxCostHint: 'Een heel bedrag in euro, bijvoorbeeld 500. Interventies zonder opgegeven kosten vallen dan weg.',
  invalid: {
    setting: 'Kies een setting uit de lijst.',
    ageGroup: 'Kies een leeftijd uit de lijst.',
    maxCost: 'De hoogste kosten moeten een heel bedrag in euro zijn, van 0 tot en met 1.000.000.',
  },
};

export type ListingFactsTexts = typeof nl;

const en: ListingFactsTexts = {
  atAGlance: 'At a glance',
  cost: 'Cost',
  costIncludes: 'Included',
  duration: 'Duration and intensity',
  staff: 'Staff',
  training: 'Training',
  trainingRequired: 'Training required',
  trainingOptional: 'Training not required',
  settings: 'Setting',
  ageGroup: 'Age of the target group',
  notGiven: 'Not given',
  free: 'Free',
  costBasis: { per_participant: 'per participant', per_year: 'per year', per_group: 'per group' },
  weeks: (n) => (n === 1 ? '1 week' : `${n} weeks`),
  sessions: (n) => (n === 1 ? '1 session' : `${n} sessions`),
  minutesEach: (n) => `of ${n} minutes`,
  ages: (min, max) => (min !== null && max !== null ? (min === max ? `${min} years` : `${min} to ${max} years`) : min !== null ? `${min} years and older` : `up to ${max} years`),
  settingNames: {
    home: 'Home',
    school: 'School',
    childcare: 'Childcare',
    community_centre: 'Community centre',
    healthcare: 'Healthcare (GP, hospital, mental health)',
    residential: 'Shelter or residential care',
    workplace: 'Workplace',
    online: 'Online',
  },
  ageBandNames: {
    '0-3': '0 to 4 years (babies and toddlers)',
    '4-11': '4 to 12 years (children)',
    '12-17': '12 to 18 years (adolescents)',
    '18-26': '18 to 27 years (young adults)',
    '27-64': '27 to 65 years (adults)',
    '65+': '65 years and older',
  },
  anySetting: 'All settings',
  anyAge: 'All ages',
  maxCost: 'Cost per participant at most (euro)',
  maxCostHint: 'A whole amount in euros, for example 500. Interventions without a stated cost are then left out.',
  invalid: {
    setting: 'Choose a setting from the list.',
    ageGroup: 'Choose an age from the list.',
    maxCost: 'The highest cost must be a whole amount in euros, from 0 to 1,000,000.',
  },
};

export function listingFactsTexts(language: PublicLanguage): ListingFactsTexts {
  return language === 'en' ? en : nl;
}
