import { Link } from 'react-router';
import { useI18n } from '../i18n/i18n';

/**
 * "Bedoelde u …": the corrected search the API offers when a search found nothing. The server
 * chooses the suggestion (and only offers one that finds listings); this only links to it.
 */
export function SearchSuggestion({ suggestion, to }: { suggestion: string | null | undefined; to: (q: string) => string }) {
  const { t } = useI18n();
  if (!suggestion) return null;
  return (
    <p className="utrecht-paragraph search-suggestion">
      {t.search.didYouMean}{' '}
      <Link className="utrecht-link utrecht-link--html-a" to={to(suggestion)} aria-label={t.search.suggestionLabel(suggestion)}>
        <em>{suggestion}</em>
      </Link>
      ?
    </p>
  );
}
