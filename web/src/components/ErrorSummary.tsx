import { createContext, useContext, useEffect, useId, useRef, type ReactNode } from 'react';
import { useI18n } from '../i18n/i18n';

export interface SummaryItem {
  /** The field's name; the link goes to the element with id `fieldId(name)`. */
  field: string;
  label: string;
  message: string;
}

const FieldScope = createContext('');

/**
 * Field ids are `field-<name>`, so an error summary can link to the field the API named. Where
 * two forms on one page share a field name (e.g. `reason`), each gets its own scope:
 * `field-<scope>-<name>`.
 */
export function FieldScopeProvider({ scope, children }: { scope: string; children: ReactNode }) {
  return <FieldScope.Provider value={`${scope}-`}>{children}</FieldScope.Provider>;
}

/** The id an input gets for a field name in the current scope. */
export function useFieldId(): (name: string) => string {
  const scope = useContext(FieldScope);
  return (name) => `field-${scope}${name}`;
}

/**
 * The list of problems at the top of a form. It takes the focus whenever a new list appears
 * (`focusKey` changes), so keyboard and screen reader users land on it; each line links to its
 * field. `onSelect` lets a multi-step form show the field's step first.
 */
export function ErrorSummary({ items, focusKey, onSelect }: { items: SummaryItem[]; focusKey: number; onSelect?: (field: string) => void }) {
  const { t } = useI18n();
  const fieldId = useFieldId();
  const ref = useRef<HTMLDivElement>(null);
  const titleId = useId();

  useEffect(() => {
    if (items.length && focusKey) ref.current?.focus();
    // Only a new submission moves the focus, not a re-render.
  }, [focusKey]);

  if (!items.length) return null;
  return (
    <div ref={ref} className="utrecht-alert utrecht-alert--error error-summary" tabIndex={-1} aria-labelledby={titleId}>
      <div className="utrecht-alert__content">
        <div className="utrecht-alert__message">
          <h2 id={titleId} className="utrecht-heading-2 error-summary__title">
            {t.errors.summaryTitle}
          </h2>
          <p className="utrecht-paragraph">{t.errors.summaryIntro(items.length)}</p>
          <ul className="utrecht-unordered-list">
            {items.map((item) => (
              <li key={item.field}>
                <a
                  className="utrecht-link utrecht-link--html-a"
                  href={`#${fieldId(item.field)}`}
                  onClick={(event) => {
                    event.preventDefault();
                    onSelect?.(item.field);
                    // The field may only exist after its step is shown.
                    window.setTimeout(() => document.getElementById(fieldId(item.field))?.focus(), 0);
                  }}
                >
                  {item.label}: {item.message}
                </a>
              </li>
            ))}
          </ul>
        </div>
      </div>
    </div>
  );
}
