/** The parameters a field error carries next to its rule (src/common/http/field-rules.ts). */
export interface RuleParams {
  min?: number;
  max?: number;
  values?: string[];
}

/**
 * One sentence per validation rule the API names in a field error. Every rule of the API's table
 * needs a wording here and in validation-en.ts (src/common/http/field-rules.spec.ts checks).
 */
export const validationNl = {
  required: () => 'Dit is verplicht.',
  text: () => 'Vul hier tekst in.',
  integer: () => 'Vul een heel getal in.',
  number: () => 'Vul een getal in.',
  boolean: () => 'Kies ja of nee.',
  uuid: () => 'Maak een keuze.',
  email: () => 'Vul een geldig e-mailadres in, zoals naam@voorbeeld.nl.',
  url: () => 'Vul een volledig webadres in, zoals https://www.voorbeeld.nl.',
  date: () => 'Vul een geldige datum in.',
  oneOf: () => 'Maak een keuze.',
  minLength: ({ min }: RuleParams) => `Gebruik minstens ${min} tekens.`,
  maxLength: ({ max }: RuleParams) => `Gebruik hoogstens ${max} tekens.`,
  min: ({ min }: RuleParams) => `Vul ${min} of meer in.`,
  max: ({ max }: RuleParams) => `Vul ${max} of minder in.`,
  list: () => 'Kies uit de lijst.',
  minItems: ({ min }: RuleParams) => (min === 1 ? 'Kies er minstens één.' : `Kies er minstens ${min}.`),
  maxItems: ({ max }: RuleParams) => (max === 1 ? 'Kies er hoogstens één.' : `Kies er hoogstens ${max}.`),
  uniqueItems: () => 'Elke keuze mag maar één keer voorkomen.',
  object: () => 'Deze invoer heeft niet de verwachte vorm.',
  pattern: () => 'Dit heeft niet de verwachte vorm.',
  singleLine: () => 'Gebruik één regel, zonder stuur- of richtingstekens (die kunnen tekst in e-mails en brieven omkeren).',
  maxWords: ({ max }: RuleParams) => `Gebruik hoogstens ${max} woorden.`,
  password: ({ min, max }: RuleParams) => `Kies een wachtwoord van ${min} tot ${max} tekens dat niet veel gebruikt wordt.`,
  unknownField: () => 'Dit veld hoort niet bij dit formulier.',
  noNul: () => 'Dit bevat een ongeldig teken (NUL); haal het weg.',
  tooDeep: ({ max }: RuleParams) => `Deze invoer is te diep genest (hoogstens ${max} niveaus).`,
  quoteAtOffset: () => 'De gekozen passage staat niet (meer) op die plek in de tekst. Selecteer de passage opnieuw.',
  firstCommentOnly: () => 'Alleen een nieuwe opmerking kan bij een passage horen, een antwoord niet.',
};

export type ValidationMessages = typeof validationNl;
