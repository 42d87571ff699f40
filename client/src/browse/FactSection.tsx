import type { ReactNode } from 'react';
import { Heading } from '../components/ds.tsx';

/** A titled section of a browse page; `level` when it sits under a heading of its own. */
export function FactSection({ id, title, level = 2, children }: { id: string; title: string; level?: 2 | 3; children: ReactNode }) {
  return (
    <section aria-labelledby={id}>
      <Heading level={level} data-size="xs" id={id}>{title}</Heading>
      {children}
    </section>
  );
}
