import { graphql, getFragmentData, type FragmentType } from '../../gql/index.ts';
import { useT } from '../../i18n/i18n.ts';
import { Heading } from '../../components/ds.tsx';
import { AppLink } from '../../components/AppLink.tsx';

export const CombinationPlanFragment = graphql(`
  fragment CombinationPlan on Combination {
    instrumentIds
    rationale
    rationales
    relationIds
    sourceIds
    steps {
      position
      instrumentId
      after
      instrument { id name }
      owners { actorId role name }
    }
  }
`);

type Props = { combinations: readonly FragmentType<typeof CombinationPlanFragment>[]; sourceTitle: (id: string) => string | undefined };

/** Combinations as ordered plans: numbered steps, who owns each, why they go together, and sources. */
export function CombinationsPanel({ combinations, sourceTitle }: Props) {
  const { t } = useT();
  const plans = combinations.map((combination) => getFragmentData(CombinationPlanFragment, combination));
  return (
    <section aria-labelledby="kombinasjoner" className="combinations">
      <Heading level={2} data-size="sm" id="kombinasjoner">{t.results.combinationsTitle}</Heading>
      {plans.length === 0 ? (
        <p className="muted">{t.results.noCombinations}</p>
      ) : (
        <>
          <p>{t.results.combinationsLead}</p>
          <ul className="plain-list combination-list">
            {plans.map((plan) => (
              <li key={plan.relationIds.join('+') || plan.instrumentIds.join('+')} className="ds-card combination">
                <ol className="chain">
                  {plan.steps.map((step) => (
                    <li key={step.instrumentId}>
                      <span>
                        <span className="visually-hidden">{t.results.combinationStep(step.position)}: </span>
                        <AppLink to={`/virkemiddel/${step.instrumentId}`}>{step.instrument.name}</AppLink>
                        {step.owners.length > 0 && <span className="muted"> ({step.owners.map((owner) => owner.name).join(', ')})</span>}
                      </span>
                    </li>
                  ))}
                </ol>
                {plan.rationales.length > 0 ? (
                  <ul className="rationales">
                    {plan.rationales.map((rationale) => <li key={rationale}>{rationale}</li>)}
                  </ul>
                ) : (
                  <p>{plan.rationale}</p>
                )}
                {plan.sourceIds.length > 0 && (
                  <p className="muted">
                    {t.common.sources}: {plan.sourceIds.map((id) => sourceTitle(id) ?? id).join('; ')}
                  </p>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
