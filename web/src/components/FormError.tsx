import { useEffect, useRef } from 'react';
import { useI18n } from '../i18n/i18n';
import { Button } from './Button';

/**
 * An error about the whole form (not a field): announced, focused after each attempt, with the
 * retry and reload choices that fit it. What the user typed stays in the form.
 */
export function FormError({ message, focusKey, onRetry, onReload }: { message: string; focusKey: number; onRetry?: () => void; onReload?: () => void }) {
  const { t } = useI18n();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, [focusKey]);
  return (
    <div ref={ref} tabIndex={-1} className="utrecht-alert utrecht-alert--error form-error" role="alert">
      <div className="utrecht-alert__content">
        <div className="utrecht-alert__message">
          <p className="utrecht-paragraph">{message}</p>
          {(onRetry || onReload) && (
            <div className="utrecht-button-group utrecht-button-group--row">
              {onReload && <Button onClick={onReload}>{t.common.reload}</Button>}
              {onRetry && <Button onClick={onRetry}>{t.common.retry}</Button>}
            </div>
          )}
        </div>
      </div>
    </div>
  );
}
