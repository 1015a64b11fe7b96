import { errorMessage } from '../lib/field-errors';
import { useI18n } from '../i18n/i18n';
import { Alert } from './Alert';
import { Button } from './Button';

export function Loading() {
  const { t } = useI18n();
  return (
    <p className="utrecht-paragraph loading" role="status">
      {t.common.loading}
    </p>
  );
}

/** A failed load, with a retry. */
export function LoadError({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const { t } = useI18n();
  return (
    <Alert type="error" live="assertive" title={t.errors.loadFailed}>
      <p className="utrecht-paragraph">{errorMessage(error, t)}</p>
      <Button onClick={onRetry}>{t.common.retry}</Button>
    </Alert>
  );
}
