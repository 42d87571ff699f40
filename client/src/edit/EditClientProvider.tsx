import { useMemo, type ReactNode } from 'react';
import { Provider } from 'urql';
import { createEditClient } from '../app/urql-client.ts';

/** The editing screens read and write through a client without a normalised cache (see createEditClient). */
export function EditClientProvider({ children }: { children: ReactNode }) {
  const client = useMemo(() => createEditClient(), []);
  return <Provider value={client}>{children}</Provider>;
}
