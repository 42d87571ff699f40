/**
 * Holds the wizard answers in memory, above the router, so they survive navigation and language
 * switches. Privacy rules (explorer-ux §5): nothing is stored unless the user opts in to "Husk
 * svarene"; a share link's `#s=` fragment is read once and then removed from the address bar;
 * "Slett svarene" empties memory and storage.
 */
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { EMPTY_ANSWERS, type Answers } from './answers.ts';
import { answersFromHash, decodeAnswers, encodeAnswers } from './share-encoding.ts';

const STORAGE_KEY = 'virkemiddelkart.svar';

type SituationContextValue = {
  answers: Answers;
  update: (change: Partial<Answers>) => void;
  remember: boolean;
  setRemember: (remember: boolean) => void;
  clear: () => void;
};

const SituationContext = createContext<SituationContextValue | null>(null);

function readStored(): Answers | null {
  try {
    const stored = window.localStorage.getItem(STORAGE_KEY);
    return stored ? decodeAnswers(stored) : null;
  } catch {
    return null; // storage blocked: behave as if nothing was stored
  }
}

function initialState(): { answers: Answers; remember: boolean } {
  const shared = answersFromHash(window.location.hash);
  if (shared) {
    // Take the answers out of the address bar at once, so they are not left in history or bookmarks.
    window.history.replaceState(window.history.state, '', window.location.pathname + window.location.search);
    return { answers: shared, remember: false };
  }
  const stored = readStored();
  return stored ? { answers: stored, remember: true } : { answers: EMPTY_ANSWERS, remember: false };
}

export function SituationProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState(initialState);

  useEffect(() => {
    try {
      if (state.remember) window.localStorage.setItem(STORAGE_KEY, encodeAnswers(state.answers));
      else window.localStorage.removeItem(STORAGE_KEY);
    } catch {
      // Storage unavailable: the answers simply stay in memory.
    }
  }, [state]);

  // The yes/no answers are merged key by key, so an answer never overwrites another with a stale copy.
  const update = useCallback((change: Partial<Answers>) => {
    setState((previous) => ({ ...previous, answers: { ...previous.answers, ...change, tri: { ...previous.answers.tri, ...change.tri } } }));
  }, []);
  const setRemember = useCallback((remember: boolean) => setState((previous) => ({ ...previous, remember })), []);
  const clear = useCallback(() => setState({ answers: EMPTY_ANSWERS, remember: false }), []);

  const value = useMemo(
    () => ({ answers: state.answers, remember: state.remember, update, setRemember, clear }),
    [state, update, setRemember, clear],
  );
  return <SituationContext.Provider value={value}>{children}</SituationContext.Provider>;
}

export function useSituation(): SituationContextValue {
  const value = useContext(SituationContext);
  if (!value) throw new Error('useSituation must be used inside SituationProvider.');
  return value;
}
