/** The rules a row or the file can break, each worded in Dutch and English below. */
export type ImportRule =
  | 'emptyFile'
  | 'unclosedQuote'
  | 'maxRows'
  | 'missingColumn'
  | 'unknownColumn'
  | 'duplicateColumn'
  | 'required'
  | 'maxLength'
  | 'pattern'
  | 'oneOf'
  | 'date'
  | 'notInFuture'
  | 'notBefore'
  | 'email'
  | 'unknownTheme'
  | 'wholeYearsAfterDecision'
  | 'alreadyExpired'
  | 'duplicateKey'
  | 'slugTaken'
  | 'referenceTaken'
  | 'notACoach'
  | 'ownerIsStaff'
  | 'changedSinceImport'
  | 'levelNotOffered';

export interface ImportRuleParams {
  max?: number;
  values?: string[];
  value?: string;
  /** The other column a date is compared with (notBefore). */
  other?: string;
}

/** One problem: where (row 1 is the header; 0 is the file as a whole), which column, which rule, in both languages. */
export interface ImportProblem extends ImportRuleParams {
  row: number;
  column: string | null;
  rule: ImportRule;
  message: { nl: string; en: string };
}

const list = (values: string[] | undefined) => (values ?? []).join(', ');

const WORDS: Record<ImportRule, (p: ImportRuleParams) => { nl: string; en: string }> = {
  emptyFile: () => ({ nl: 'Het bestand heeft geen kopregel of geen rijen.', en: 'The file has no header line or no rows.' }),
  unclosedQuote: () => ({ nl: 'Een aanhalingsteken wordt niet gesloten.', en: 'A quote is not closed.' }),
  maxRows: (p) => ({ nl: `Het bestand heeft meer dan ${p.max} rijen.`, en: `The file has more than ${p.max} rows.` }),
  missingColumn: () => ({ nl: 'Deze kolom ontbreekt in de kopregel.', en: 'This column is missing from the header line.' }),
  unknownColumn: () => ({ nl: 'Deze kolom is onbekend.', en: 'This column is unknown.' }),
  duplicateColumn: () => ({ nl: 'Deze kolom staat twee keer in de kopregel.', en: 'This column appears twice in the header line.' }),
  required: () => ({ nl: 'Dit veld is verplicht.', en: 'This field is required.' }),
  maxLength: (p) => ({ nl: `Ten hoogste ${p.max} tekens.`, en: `At most ${p.max} characters.` }),
  pattern: (p) => ({ nl: `Ongeldige vorm; verwacht: ${p.value}.`, en: `Invalid form; expected: ${p.value}.` }),
  oneOf: (p) => ({ nl: `Kies een van: ${list(p.values)}.`, en: `Choose one of: ${list(p.values)}.` }),
  date: () => ({ nl: 'Geen geldige datum (JJJJ-MM-DD).', en: 'Not a valid date (YYYY-MM-DD).' }),
  notInFuture: () => ({ nl: 'Deze datum ligt in de toekomst.', en: 'This date lies in the future.' }),
  notBefore: (p) => ({ nl: `Deze datum ligt vóór ${p.other}.`, en: `This date lies before ${p.other}.` }),
  email: () => ({ nl: 'Geen geldig e-mailadres.', en: 'Not a valid e-mail address.' }),
  unknownTheme: (p) => ({ nl: `Onbekend thema: ${p.value}.`, en: `Unknown theme: ${p.value}.` }),
  wholeYearsAfterDecision: (p) => ({
    nl: `Moet een heel aantal jaren (1 tot ${p.max}) na de besluitdatum liggen.`,
    en: `Must be a whole number of years (1 to ${p.max}) after the decision date.`,
  }),
  alreadyExpired: () => ({ nl: 'De erkenning is al verlopen; een verlopen erkenning wordt niet vermeld.', en: 'The recognition has already expired; an expired recognition is not listed.' }),
  duplicateKey: (p) => ({ nl: `Dezelfde sleutel staat ook in rij ${p.value}.`, en: `The same key is also in row ${p.value}.` }),
  slugTaken: () => ({ nl: 'Deze slug is al van een vermelding die niet uit een import komt.', en: 'This slug belongs to a listing that was not imported.' }),
  referenceTaken: () => ({ nl: 'Dit kenmerk is al van een aanmelding die niet uit een import komt.', en: 'This reference belongs to an application that was not imported.' }),
  notACoach: () => ({ nl: 'Geen account met de rol begeleider bij dit e-mailadres.', en: 'No account with the coach role has this e-mail address.' }),
  ownerIsStaff: () => ({ nl: 'Dit e-mailadres hoort bij een account zonder de rol eigenaar.', en: 'This e-mail address belongs to an account without the owner role.' }),
  levelNotOffered: (p) => ({
    nl: `De procedure van deze commissie kent het niveau ${p.value} niet.`,
    en: `This committee's procedure does not offer level ${p.value}.`,
  }),
  changedSinceImport: () => ({
    nl: 'De aanmelding is na de import in het systeem verder gegaan; wijzig haar daar.',
    en: 'The application has moved on in the system since the import; change it there.',
  }),
};

export function problem(row: number, column: string | null, rule: ImportRule, params: ImportRuleParams = {}): ImportProblem {
  return { row, column, rule, ...params, message: WORDS[rule](params) };
}
