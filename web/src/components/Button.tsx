import type { ButtonHTMLAttributes, ReactNode } from 'react';
import { Link, type LinkProps } from 'react-router';

type Variant = 'primary' | 'secondary' | 'subtle';

const variantClass: Record<Variant, string> = {
  primary: 'utrecht-button--primary-action',
  secondary: 'utrecht-button--secondary-action',
  subtle: 'utrecht-button--subtle',
};

interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  variant?: Variant;
  /** Shows the busy state; the button stays focusable and says it is busy. */
  busy?: boolean;
}

/** The NL Design System button (Utrecht CSS) on a native <button>. */
export function Button({ variant = 'secondary', busy = false, type = 'button', className = '', children, onClick, ...rest }: ButtonProps) {
  return (
    <button
      type={type}
      className={`utrecht-button ${variantClass[variant]} ${busy ? 'utrecht-button--busy' : ''} ${className}`.trim()}
      aria-disabled={busy || undefined}
      onClick={busy ? (event) => event.preventDefault() : onClick}
      {...rest}
    >
      {children}
    </button>
  );
}

/** A link that looks like a button, for navigation (never for actions). */
export function ButtonLink({ variant = 'secondary', className = '', ...rest }: LinkProps & { variant?: Variant }) {
  const kind = variant === 'primary' ? 'primary-action' : variant === 'secondary' ? 'secondary-action' : 'subtle';
  return <Link className={`utrecht-button-link utrecht-button-link--html-a utrecht-button-link--${kind} ${className}`.trim()} {...rest} />;
}

export function ButtonGroup({ children }: { children: ReactNode }) {
  return <div className="utrecht-button-group utrecht-button-group--row">{children}</div>;
}
