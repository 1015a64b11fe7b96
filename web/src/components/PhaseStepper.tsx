import { PHASES, type Phase } from '../api/types';
import { useI18n } from '../i18n/i18n';

/** The phases an application passes through, in order (afgesloten is an end, not a step). */
export const STEPPER_PHASES: readonly Phase[] = PHASES.filter((phase) => phase !== 'afgesloten');

/**
 * Where the application stands: an ordered list of the phases with the current one marked
 * (aria-current="step") and each one's status in words for screen readers.
 */
export function PhaseStepper({ phase }: { phase: Phase }) {
  const { t } = useI18n();
  const current = STEPPER_PHASES.indexOf(phase);
  return (
    <ol className="phase-stepper">
      {STEPPER_PHASES.map((step, index) => {
        const status = current < 0 ? 'todo' : index < current ? 'done' : index === current ? 'current' : 'todo';
        const statusText = status === 'done' ? t.application.phaseDone : status === 'current' ? t.application.phaseCurrent : t.application.phaseTodo;
        return (
          <li key={step} className={`phase-stepper__step phase-stepper__step--${status}`} aria-current={status === 'current' ? 'step' : undefined}>
            <span className="phase-stepper__marker" aria-hidden="true">
              {status === 'done' ? '✓' : index + 1}
            </span>
            <span className="phase-stepper__label">
              {t.phases[step]}
              <span className="visually-hidden">, {statusText}</span>
            </span>
          </li>
        );
      })}
    </ol>
  );
}
