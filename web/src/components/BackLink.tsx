import type { ReactNode } from 'react';
import { Link } from 'react-router';

/** The way back to where the page belongs (the list, the application), as a paragraph of its own. */
export function BackLink({ to, children }: { to: string; children: ReactNode }) {
  return (
    <p className="utrecht-paragraph">
      <Link className="utrecht-link utrecht-link--html-a" to={to}>
        {children}
      </Link>
    </p>
  );
}
