import type { ReactNode } from 'react';

/** One fact in a `utrecht-data-list`: its name and its value, line breaks in the value kept. */
export function DataListRow({ name, children }: { name: string; children: ReactNode }) {
  return (
    <div className="utrecht-data-list__item">
      <dt className="utrecht-data-list__item-key">{name}</dt>
      <dd className="utrecht-data-list__item-value utrecht-data-list__item-value--html-dd preserve-lines">{children}</dd>
    </div>
  );
}
