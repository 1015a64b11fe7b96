import { useState, type FormEvent } from 'react';
import { ApiError } from '../api/client';
import { dossierApi, type DecisionResult, type Dossier, type Verdict } from '../api/dossier-api';
import { useI18n } from '../i18n/i18n';
import { useFormErrors } from '../lib/use-form-state';
import { Button } from './Button';
import { ConfirmDialog } from './ConfirmDialog';
import { DecisionFields, EMPTY_DECISION, decisionBody, type DecisionValues } from './DecisionFields';
import { DecisionGuidance } from './DecisionGuidance';
import { useDecisionRuleErrors } from './DecisionRuleErrors';
import { ErrorSummary, FieldScopeProvider } from './ErrorSummary';
import { FormError } from './FormError';
import { TextArea } from './fields';

/**
 * The chair records the committee's decision (RECORD_DECISION). The rules the decision must meet
 * are shown first; a refusal names, next to the field, the rule it breaks. Before the meeting
 * that has the case on its agenda begins, the form says from when the decision can be recorded.
 */
export function DecisionForm({ dossier, onDone, onReload }: { dossier: Dossier; onDone(result: DecisionResult, message: string): void; onReload(): Promise<unknown> }) {
  const { t, formatDateTime } = useI18n();
  const d = t.dossier;
  const [values, setValues] = useState<DecisionValues>(EMPTY_DECISION);
  const [motivation, setMotivation] = useState('');
  const [confirming, setConfirming] = useState(false);
  const form = useFormErrors();
  const ruleErrors = useDecisionRuleErrors();
  const application = dossier.application;
  const stale = form.formError?.error instanceof ApiError && form.formError.error.isStaleVersion;
  const labels = { verdict: d.verdict, level: d.level, conditions: d.conditions, conditionsDeadline: d.conditionsDeadline, questions: d.questions, motivation: d.motivation };

  /** Recording cannot be undone: first say what happens next and who hears of it. */
  function onSubmit(event?: FormEvent) {
    event?.preventDefault();
    setConfirming(true);
  }

  const chosenVerdict = values.verdict
    ? d.verdicts[values.verdict] + (values.level && (values.verdict === 'recognised' || values.verdict === 'conditionally_recognised') ? `, ${t.levels[values.level]}` : '')
    : '';

  async function record() {
    setConfirming(false);
    const body = decisionBody(values);
    const result = await form.run(
      () =>
        dossierApi.recordDecision(application.id, {
          ...body,
          version: application.version,
          // No choice goes to the API as it is: it names the field to correct.
          verdict: values.verdict as Verdict,
          motivation: motivation.trim() || null,
        }),
      (error) =>
        // Moved later since the page was loaded: say from when, as the page does beforehand.
        error.code === 'MEETING_NOT_STARTED' && typeof error.body.decidableFrom === 'string'
          ? d.decidableFrom(formatDateTime(error.body.decidableFrom))
          : ruleErrors(error, { panel: dossier.panel, targetLevel: application.targetLevel, panelSize: dossier.reviews.length, level: body.level ?? null }),
    );
    if (result) {
      const verdict = d.verdicts[result.decision.verdict] + (result.decision.level ? `, ${t.levels[result.decision.level]}` : '');
      onDone(result, d.recorded(verdict));
    }
  }

  async function reload() {
    await onReload();
    form.clear();
  }

  return (
    <FieldScopeProvider scope="decision">
      <section className="section panel" aria-labelledby="decision-heading">
        <h2 className="utrecht-heading-2" id="decision-heading">
          {d.decisionTitle}
        </h2>
        <p className="utrecht-paragraph">{d.decisionIntro}</p>
        <DecisionGuidance panel={dossier.panel} panelSize={dossier.reviews.length} headingId="decision-guidance-heading" />
        {dossier.decidableFrom ? (
          <p className="utrecht-paragraph decidable-from">{d.decidableFrom(formatDateTime(dossier.decidableFrom))}</p>
        ) : (
          <>
            <ErrorSummary items={form.summary(labels)} focusKey={form.focusKey} />
            {form.formError && <FormError message={form.formError.message} focusKey={form.focusKey} onReload={stale ? reload : undefined} onRetry={stale ? undefined : () => void record()} />}
            <form className="form" onSubmit={onSubmit} noValidate>
              <DecisionFields values={values} onChange={setValues} errors={form.fieldErrors} panel={dossier.panel} verdictLabel={d.verdict} />
              <TextArea name="motivation" label={d.motivation} description={d.motivationHint} rows={5} value={motivation} onChange={setMotivation} error={form.fieldErrors.motivation} />
              <Button type="submit" variant="primary" busy={form.busy}>
                {form.busy ? t.common.saving : d.recordSubmit}
              </Button>
            </form>
            <ConfirmDialog
              open={confirming}
              title={t.letter.confirmRecordTitle}
              confirmLabel={t.letter.confirmRecord}
              cancelLabel={t.letter.cancel}
              onConfirm={() => void record()}
              onCancel={() => setConfirming(false)}
            >
              {chosenVerdict && <p className="utrecht-paragraph">{t.letter.confirmRecordIntro(chosenVerdict)}</p>}
              {t.letter.confirmRecordNext.map((line) => (
                <p key={line} className="utrecht-paragraph">
                  {line}
                </p>
              ))}
            </ConfirmDialog>
          </>
        )}
      </section>
    </FieldScopeProvider>
  );
}
