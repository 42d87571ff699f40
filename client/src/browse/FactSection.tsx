import type { ReactNode } from 'react';
import { Heading } from '../components/ds.tsx';

/** A titled section of a browse page. */
export function FactSection({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id}>
      <Heading level={2} data-size="xs" id={id}>{title}</Heading>
      {children}
    </section>
  );
}
