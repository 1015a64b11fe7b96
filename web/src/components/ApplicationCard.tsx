import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { ApplicationSummary } from '../api/types';

/** One application as a card in a list: its name linking to its page, then its facts; a stuck one is marked. */
export function ApplicationCard({ application, stuck, facts, children }: { application: ApplicationSummary; stuck: boolean; facts: ReactNode; children?: ReactNode }) {
  return (
    <li className={`card ${stuck ? 'card--stuck' : ''}`}>
      <h2 className="utrecht-heading-3 card__title">
        <Link className="utrecht-link utrecht-link--html-a" to={`/aanmeldingen/${application.id}`}>
          {application.name}
        </Link>
      </h2>
      <dl className="card__facts">{facts}</dl>
      {children}
    </li>
  );
}
