/**
 * The only operation that carries the household's answers. It is sent as a POST body (never a
 * URL), and nothing else in the explorer sends them anywhere.
 */
import { useMemo } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../gql/index.ts';
import type { SituationInput } from '../gql/graphql.ts';
import { useGlobalParams } from '../app/global-params.ts';
import { toSituationInput, type Answers, type HouseholdGoal, type SituationInputValue } from './answers.ts';

export const SituationQuery = graphql(`
  query Situation($input: SituationInput!, $asOf: Date, $lang: Lang) {
    situation(input: $input, asOf: $asOf, lang: $lang) {
      asOf
      notices {
        id
        urgent
        title
        text
        steps
        language
        contacts { id name }
      }
      assessments {
        instrumentId
        status
        relevance
        ...AssessmentCard
      }
      combinations {
        ...CombinationPlan
      }
      openQuestions {
        field
        question
        instrumentIds
      }
    }
  }
`);

export const SituationCountQuery = graphql(`
  query SituationCount($input: SituationInput!, $asOf: Date, $lang: Lang) {
    situation(input: $input, asOf: $asOf, lang: $lang) {
      assessments {
        instrumentId
        status
        relevance
      }
    }
  }
`);

function asApiInput(input: SituationInputValue): SituationInput {
  return input;
}

/** Runs the situation query for the answers (optionally with other goals, for comparisons). */
export function useSituationResult(answers: Answers, goalsOverride?: readonly HouseholdGoal[]) {
  const { asOf, lang } = useGlobalParams();
  const input = useMemo(() => {
    const base = toSituationInput(answers);
    return base && goalsOverride ? { ...base, goals: [...goalsOverride] } : base;
  }, [answers, goalsOverride]);
  const [result, reexecute] = useQuery({
    query: SituationQuery,
    // While paused (answers incomplete) the variables are never sent, so a placeholder is safe.
    variables: { input: input ? asApiInput(input) : (null as unknown as SituationInput), asOf, lang },
    pause: input === null,
  });
  return { ...result, input, reexecute };
}

export function useSituationCount(answers: Answers) {
  const { asOf, lang } = useGlobalParams();
  const input = useMemo(() => toSituationInput(answers), [answers]);
  const [result] = useQuery({
    query: SituationCountQuery,
    // While paused (answers incomplete) the variables are never sent, so a placeholder is safe.
    variables: { input: input ? asApiInput(input) : (null as unknown as SituationInput), asOf, lang },
    pause: input === null,
  });
  return { ...result, input };
}
