import { useEffect, useId, useRef, type ReactNode } from 'react';
import '../owner.css';
import { useI18n } from '../i18n/i18n';
import { Button, ButtonGroup } from './Button';

interface Props {
  /** A question naming the step, e.g. "Publiceren in de databank?" */
  title: string;
  /** What will happen, that it cannot be undone, and who hears of it. */
  consequence: string;
  confirmLabel: string;
  busy: boolean;
  onConfirm(): void;
  onCancel(): void;
  /** Shown between the consequence and the buttons, e.g. a preview of what will be published. */
  children?: ReactNode;
  /** An error of the step itself, shown above the buttons. */
  error?: ReactNode;
}

/**
 * The question before a step that cannot be undone: what happens and who is told, then the step
 * or cancel. The focus moves to the question when it opens, as the button that opened it is gone;
 * after the step, the page's own confirmation (useConfirmation) says what was done.
 */
export function ConfirmStep({ title, consequence, confirmLabel, busy, onConfirm, onCancel, children, error }: Props) {
  const { t } = useI18n();
  const heading = useRef<HTMLHeadingElement>(null);
  const titleId = useId();
  useEffect(() => heading.current?.focus(), []);
  return (
    <div className="confirm-step" role="group" aria-labelledby={titleId}>
      <h3 className="utrecht-heading-3" id={titleId} ref={heading} tabIndex={-1}>
        {title}
      </h3>
      <p className="utrecht-paragraph">{consequence}</p>
      {children}
      {error}
      <ButtonGroup>
        <Button variant="primary" busy={busy} onClick={onConfirm}>
          {busy ? t.common.saving : confirmLabel}
        </Button>
        <Button onClick={onCancel}>{t.owner.confirm.cancel}</Button>
      </ButtonGroup>
    </div>
  );
}
