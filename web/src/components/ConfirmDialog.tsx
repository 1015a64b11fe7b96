import { useEffect, useId, useRef, type ReactNode } from 'react';
import { Button, ButtonGroup } from './Button';

interface Props {
  open: boolean;
  title: string;
  /** What will happen and who hears of it. */
  children: ReactNode;
  confirmLabel: string;
  cancelLabel: string;
  busy?: boolean;
  /** The button the focus starts on (and which comes first): "cancel" where an Enter pressed by habit must do nothing irreversible. */
  firstFocus?: 'confirm' | 'cancel';
  onConfirm(): void;
  onCancel(): void;
}

/**
 * A modal confirmation before a step that cannot be undone, on the native <dialog>: the browser
 * traps the focus, Escape cancels, and the focus goes back to the control that opened it.
 */
export function ConfirmDialog({ open, title, children, confirmLabel, cancelLabel, busy = false, firstFocus = 'confirm', onConfirm, onCancel }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);

  const confirm = (
    <Button key="confirm" variant="primary" busy={busy} onClick={onConfirm}>
      {confirmLabel}
    </Button>
  );
  const cancel = (
    <Button key="cancel" onClick={onCancel}>
      {cancelLabel}
    </Button>
  );

  return (
    <dialog
      ref={ref}
      className="confirm-dialog"
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
    >
      <h2 className="utrecht-heading-2" id={titleId}>
        {title}
      </h2>
      {children}
      {/* showModal() focuses the first button, so the one to start on comes first. */}
      <ButtonGroup>{firstFocus === 'cancel' ? [cancel, confirm] : [confirm, cancel]}</ButtonGroup>
    </dialog>
  );
}
