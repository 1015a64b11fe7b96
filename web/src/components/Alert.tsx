import type { ReactNode } from 'react';

type AlertType = 'info' | 'ok' | 'warning' | 'error';

/**
 * A message block. `live` makes it a live region: 'polite' (role=status) for confirmations,
 * 'assertive' (role=alert) for errors that appear after an action.
 */
export function Alert({ type = 'info', live, children, title }: { type?: AlertType; live?: 'polite' | 'assertive'; title?: string; children?: ReactNode }) {
  const role = live === 'assertive' ? 'alert' : live === 'polite' ? 'status' : undefined;
  return (
    <div className={`utrecht-alert utrecht-alert--${type}`} role={role}>
      <div className="utrecht-alert__content">
        <div className="utrecht-alert__message">
          {title && <p className="utrecht-paragraph alert-title">{title}</p>}
          {children}
        </div>
      </div>
    </div>
  );
}

/** A polite live region that is always in the page, so screen readers announce what is put in it. */
export function StatusMessage({ children }: { children?: ReactNode }) {
  return (
    <div role="status" className="status-message">
      {children ? (
        <div className="utrecht-alert utrecht-alert--ok">
          <div className="utrecht-alert__content">
            <div className="utrecht-alert__message">{children}</div>
          </div>
        </div>
      ) : null}
    </div>
  );
}
