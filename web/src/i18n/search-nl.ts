/** Texts of the databank search's additions (suggestions). search-en.ts has the same keys. */
export const searchNl = {
  didYouMean: 'Bedoelde u',
  suggestionLabel: (suggestion: string) => `Zoeken op ${suggestion}`,
};
