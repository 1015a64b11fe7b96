import type { searchNl } from './search-nl';

export const searchEn: typeof searchNl = {
  didYouMean: 'Did you mean',
  suggestionLabel: (suggestion: string) => `Search for ${suggestion}`,
};
