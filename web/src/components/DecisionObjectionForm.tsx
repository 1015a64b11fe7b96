import { useState, type FormEvent } from 'react';
import { ApiError } from '../api/client';
import { dossierApi, type DecisionResult, type Dossier, type ObjectionOutcome, type Verdict } from '../api/dossier-api';
import { useI18n } from '../i18n/i18n';
import { useFormErrors } from '../lib/use-form-state';
import { Button } from './Button';
import { DecisionFields, EMPTY_DECISION, decisionBody, type DecisionValues } from './DecisionFields';
import { DecisionGuidance } from './DecisionGuidance';
import { useDecisionRuleErrors } from './DecisionRuleErrors';
import { ErrorSummary, FieldScopeProvider } from './ErrorSummary';
import { FormError } from './FormError';
import { RadioGroup, TextArea } from './fields';

/**
 * The chair resolves the owner's objection (RESOLVE_OBJECTION): the decision is upheld, or
 * replaced by a new one that must meet the same decision rules on the same panel.
 */
export function DecisionObjectionForm({ dossier, onDone, onReload }: { dossier: Dossier; onDone(result: DecisionResult, message: string): void; onReload(): Promise<unknown> }) {
  const { t, locale, formatDate } = useI18n();
  const d = t.dossier;
  const [outcome, setOutcome] = useState<ObjectionOutcome | ''>('');
  const [values, setValues] = useState<DecisionValues>(EMPTY_DECISION);
  const [motivation, setMotivation] = useState('');
  const form = useFormErrors();
  const ruleErrors = useDecisionRuleErrors();
  const application = dossier.application;
  const objection = dossier.objections.find((item) => item.outcome === null);
  const against = objection && dossier.decisions.find((decision) => decision.id === objection.decisionId);
  const stale = form.formError?.error instanceof ApiError && form.formError.error.isStaleVersion;
  const labels = { outcome: d.outcome, verdict: d.newVerdict, level: d.level, conditions: d.conditions, conditionsDeadline: d.conditionsDeadline, questions: d.questions, motivation: d.objectionMotivation };

  async function onSubmit(event?: FormEvent) {
    event?.preventDefault();
    const replaced = outcome === 'replaced';
    const body = replaced ? decisionBody(values) : {};
    const result = await form.run(
      () =>
        dossierApi.resolveObjection(application.id, {
          ...body,
          version: application.version,
          // No choice goes to the API as it is: it names the field to correct.
          outcome: outcome as ObjectionOutcome,
          ...(replaced ? { verdict: (values.verdict || null) as Verdict | null } : {}),
          motivation: motivation.trim(),
        }),
      (error) => ruleErrors(error, { panel: dossier.panel, targetLevel: application.targetLevel, panelSize: dossier.reviews.length, level: body.level ?? null }),
    );
    if (result) onDone(result, d.resolved[outcome] ?? '');
  }

  async function reload() {
    await onReload();
    form.clear();
  }

  return (
    <FieldScopeProvider scope="objection">
      <section className="section panel" aria-labelledby="objection-heading">
        <h2 className="utrecht-heading-2" id="objection-heading">
          {d.objectionTitle}
        </h2>
        <p className="utrecht-paragraph">{d.objectionIntro}</p>
        {objection && (
          <>
            {against && <p className="utrecht-paragraph">{d.objectionAgainst(against.verdictLabel[locale], formatDate(against.decidedAt))}</p>}
            <h3 className="utrecht-heading-3">{d.grounds}</h3>
            <blockquote className="question preserve-lines">{objection.grounds}</blockquote>
          </>
        )}
        <ErrorSummary items={form.summary(labels)} focusKey={form.focusKey} />
        {form.formError && <FormError message={form.formError.message} focusKey={form.focusKey} onReload={stale ? reload : undefined} onRetry={stale ? undefined : () => void onSubmit()} />}
        <form className="form" onSubmit={onSubmit} noValidate>
          <RadioGroup<ObjectionOutcome>
            name="outcome"
            label={d.outcome}
            required
            value={outcome}
            onChange={setOutcome}
            options={(['upheld', 'replaced'] as const).map((value) => ({ value, label: d.outcomes[value] }))}
            error={form.fieldErrors.outcome}
          />
          {outcome === 'replaced' && (
            <>
              <DecisionGuidance panel={dossier.panel} panelSize={dossier.reviews.length} headingId="objection-guidance-heading" />
              <DecisionFields values={values} onChange={setValues} errors={form.fieldErrors} panel={dossier.panel} verdictLabel={d.newVerdict} />
            </>
          )}
          <TextArea name="motivation" label={d.objectionMotivation} description={d.objectionMotivationHint} required rows={5} value={motivation} onChange={setMotivation} error={form.fieldErrors.motivation} />
          <Button type="submit" variant="primary" busy={form.busy}>
            {form.busy ? t.common.saving : d.resolveSubmit}
          </Button>
        </form>
      </section>
    </FieldScopeProvider>
  );
}
