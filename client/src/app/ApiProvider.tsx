import { useMemo, type ReactNode } from 'react';
import { Provider } from 'urql';
import { createApiClient } from './urql-client.ts';
import { useGlobalParams } from './global-params.ts';

/** Gives each (language, date) its own client and cache; see urql-client.ts for why. */
export function ApiProvider({ children }: { children: ReactNode }) {
  const { locale, asOf } = useGlobalParams();
  const client = useMemo(() => createApiClient(), [locale, asOf]);
  return <Provider value={client}>{children}</Provider>;
}
