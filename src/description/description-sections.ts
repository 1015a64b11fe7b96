/**
 * The description template (werkblad): a summary, the eight numbered sections, and the two parts
 * the databank listing also needs (room for tailoring, output versus outcome). Keys are stored
 * with the text, so a key is never renamed; titles and help texts may change freely.
 */
export interface DescriptionSectionDefinition {
  key: string;
  titleNl: string;
  titleEn: string;
  /** Short Dutch guidance shown next to the editor. */
  help: string;
  maxWords: number;
  maxChars: number;
}

/** Generous limits for the sections that have no limit of their own. */
export const SECTION_MAX_WORDS = 10_000;
export const SECTION_MAX_CHARS = 100_000;
export const SUMMARY_MAX_WORDS = 600;

const section = (key: string, titleNl: string, titleEn: string, help: string, maxWords = SECTION_MAX_WORDS) => ({
  key,
  titleNl,
  titleEn,
  help,
  maxWords,
  maxChars: SECTION_MAX_CHARS,
});

export const DESCRIPTION_SECTIONS: readonly DescriptionSectionDefinition[] = [
  section(
    'summary',
    'Samenvatting',
    'Summary',
    'Vat de interventie samen in hoogstens 600 woorden: doel, doelgroep, aanpak, wie haar uitvoert, werkzame elementen en onderzoek. Deze tekst komt in de databank.',
    SUMMARY_MAX_WORDS,
  ),
  section(
    'problem_and_target_group',
    '1. Probleem en doelgroep',
    '1. Problem and target group',
    'Beschrijf het sociale probleem, de omvang en de oorzaken. Noem de einddoelgroep en eventuele intermediaire doelgroepen, met in- en exclusiecriteria.',
  ),
  section(
    'goals',
    '2. Doelen',
    '2. Goals',
    'Formuleer het hoofddoel en de subdoelen zo concreet mogelijk, voor de einddoelgroep en waar nodig voor de intermediaire doelgroep.',
  ),
  section(
    'approach',
    '3. Aanpak',
    '3. Approach',
    'Beschrijf de activiteiten, de fasen, de duur, het aantal en de frequentie van de contactmomenten, en wie wat doet.',
  ),
  section(
    'implementation',
    '4. Uitvoering',
    '4. Implementation',
    'Materialen, locatie, kwalificaties en training van de uitvoerders, kwaliteitsbewaking, randvoorwaarden en kosten.',
  ),
  section(
    'foundation',
    '5. Onderbouwing',
    '5. Foundation',
    'Leg uit waarom de aanpak werkt: de theorie, de modellen en de literatuur die aannemelijk maken dat de aanpak de doelen bereikt.',
  ),
  section(
    'research',
    '6. Onderzoek',
    '6. Research',
    'Praktijkervaring, de procesevaluatie en eventuele effectstudies: opzet, omvang en belangrijkste uitkomsten.',
  ),
  section(
    'active_elements',
    '7. Werkzame elementen',
    '7. Active elements',
    'Welke elementen van de aanpak zijn volgens theorie en onderzoek verantwoordelijk voor het effect?',
  ),
  section(
    'references',
    '8. Literatuur',
    '8. References',
    'De bronnen waarnaar de beschrijving verwijst, volledig en in één stijl.',
  ),
  section(
    'tailoring',
    'Ruimte voor maatwerk',
    'Room for tailoring',
    'Wat is minimaal nodig om de interventie getrouw uit te voeren, en wat mag lokaal worden aangepast?',
  ),
  section(
    'output_and_outcome',
    'Output en outcome',
    'Output and outcome',
    'Welke output (bereik, uitgevoerde activiteiten) en welke outcome (resultaten bij de doelgroep) worden gemeten, en hoe?',
  ),
];

export const DESCRIPTION_SECTION_KEYS: readonly string[] = DESCRIPTION_SECTIONS.map((definition) => definition.key);

const BY_KEY = new Map(DESCRIPTION_SECTIONS.map((definition) => [definition.key, definition]));

export function sectionDefinition(key: string): DescriptionSectionDefinition | undefined {
  return BY_KEY.get(key);
}

export function isSectionKey(value: unknown): value is string {
  return typeof value === 'string' && BY_KEY.has(value);
}
