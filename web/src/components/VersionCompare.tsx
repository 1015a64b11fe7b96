import { useRef, useState, type FormEvent } from 'react';
import { werkbladApi, type Comparison, type VersionSummary } from '../api/werkblad-api';
import { useI18n } from '../i18n/i18n';
import { useFormErrors } from '../lib/use-form-state';
import { Button } from './Button';
import { FieldScopeProvider } from './ErrorSummary';
import { FormError } from './FormError';
import { SelectField } from './fields';

/**
 * Two versions of the description side by side in one text: per changed section, removed words
 * in <del> and added words in <ins>, each also named in words (never by colour alone).
 */
export function VersionCompare({ applicationId, versions }: { applicationId: string; versions: VersionSummary[] }) {
  const { t, locale, formatDateTime } = useI18n();
  const c = t.werkblad.compare;
  const latest = versions.at(-1);
  const [from, setFrom] = useState(latest ? String(latest.number) : '');
  const [to, setTo] = useState('live');
  const [result, setResult] = useState<Comparison | null>(null);
  const form = useFormErrors();
  const resultRef = useRef<HTMLHeadingElement>(null);

  if (!latest) return <p className="utrecht-paragraph">{c.none}</p>;

  const options = [
    ...versions.map((version) => ({ value: String(version.number), label: c.version(version.number, version.createdBy, formatDateTime(version.createdAt)) })),
    { value: 'live', label: c.live },
  ];
  const name = (ref: number | 'live') => (ref === 'live' ? c.live : c.version(ref, versions.find((v) => v.number === ref)?.createdBy ?? '', formatDateTime(versions.find((v) => v.number === ref)?.createdAt ?? new Date())));

  async function onSubmit(event?: FormEvent) {
    event?.preventDefault();
    const comparison = await form.run(() => werkbladApi.compare(applicationId, from, to));
    if (comparison) {
      setResult(comparison);
      window.setTimeout(() => resultRef.current?.focus(), 0);
    }
  }

  const changed = result?.sections.filter((section) => section.changed) ?? [];

  return (
    <FieldScopeProvider scope="compare">
      <p className="utrecht-paragraph">{c.intro}</p>
      {form.formError && <FormError message={form.formError.message} focusKey={form.focusKey} onRetry={() => void onSubmit()} />}
      <form className="form compare-form" onSubmit={onSubmit} noValidate>
        <SelectField name="from" label={c.from} value={from} onChange={setFrom} options={options} error={form.fieldErrors.from} />
        <SelectField name="to" label={c.to} value={to} onChange={setTo} options={options} error={form.fieldErrors.to} />
        <Button type="submit" busy={form.busy}>
          {c.submit}
        </Button>
      </form>
      {result && (
        <div className="comparison">
          <h3 className="utrecht-heading-3" id="comparison-heading" tabIndex={-1} ref={resultRef}>
            {c.heading(name(result.from), name(result.to))}
          </h3>
          <p className="utrecht-paragraph">{c.legend}</p>
          {changed.length === 0 && <p className="utrecht-paragraph">{c.noChanges}</p>}
          {changed.map((section) => (
            // Named with the comparison's heading, so it differs from the werkblad's own section of that title (a unique landmark).
            <section key={section.key} className="comparison__section" aria-labelledby={`comparison-heading compare-${section.key}`}>
              <h4 className="utrecht-heading-4" id={`compare-${section.key}`}>
                {locale === 'en' ? section.titleEn : section.title}
              </h4>
              <p className="utrecht-paragraph diff preserve-lines">
                {section.changes.map((change, index) =>
                  change.op === 'insert' ? (
                    <ins key={index}>
                      <span className="visually-hidden">[{c.inserted} </span>
                      {change.text}
                      <span className="visually-hidden">]</span>
                    </ins>
                  ) : change.op === 'delete' ? (
                    <del key={index}>
                      <span className="visually-hidden">[{c.deleted} </span>
                      {change.text}
                      <span className="visually-hidden">]</span>
                    </del>
                  ) : (
                    <span key={index}>{change.text}</span>
                  ),
                )}
              </p>
            </section>
          ))}
        </div>
      )}
    </FieldScopeProvider>
  );
}
