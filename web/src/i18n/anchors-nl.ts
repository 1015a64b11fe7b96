/** Coach comments anchored to a selected passage of a werkblad section. */
export const anchorsNl = {
  pickerSummary: (section: string) => `Passage selecteren in ${section}`,
  pickerLabel: (section: string) => `Tekst van ${section} (alleen lezen)`,
  pickerHelp: 'Selecteer hier de passage waar uw opmerking over gaat, met de muis of met Shift en de pijltjestoetsen (met de muis kan het ook in de opgemaakte tekst hierboven). Kies daarna "Opmerking bij selectie".',
  commentOnSelection: 'Opmerking bij selectie',
  nothingSelected: 'Selecteer eerst een passage in de tekst.',
  tooLong: (max: number) => `Selecteer hoogstens ${max} tekens.`,
  selectedPassage: 'Over deze passage',
  withoutPassage: 'Opmerking over de hele sectie',
  showPassage: 'Toon passage',
  passageChanged: 'Passage gewijzigd: deze tekst staat niet meer in de sectie.',
  notInEditor: 'Deze passage staat niet meer zo in uw tekst.',
};
