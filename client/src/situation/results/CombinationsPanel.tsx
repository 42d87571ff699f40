import { graphql, getFragmentData, type FragmentType } from '../../gql/index.ts';
import { useT } from '../../i18n/i18n.ts';
import { Heading } from '../../components/ds.tsx';
import { AppLink } from '../../components/AppLink.tsx';
import type { SourceRef } from './source-index.ts';

export const CombinationPlanFragment = graphql(`
  fragment CombinationPlan on Combination {
    instrumentIds
    rationale
    rationales
    relationIds
    sourceIds
    anchorId
    steps {
      position
      instrumentId
      anchor
      after
      reason
      reasonLanguage
      reasonSourceIds
      instrument { id name }
      owners { actorId role name }
    }
    leftOut {
      instrumentId
      excludedBy
      reason
      language
      sourceIds
    }
  }
`);

/** One sentence, ending with a full stop. */
const sentence = (text: string) => (/[.!?]$/.test(text.trim()) ? text.trim() : `${text.trim()}.`);

type Props = {
  combinations: readonly FragmentType<typeof CombinationPlanFragment>[];
  sources: ReadonlyMap<string, SourceRef>;
  /** Instrument names by id (for alternatives left out), and the assessment's reasons for a step nothing orders. */
  names: ReadonlyMap<string, string>;
  reasons: ReadonlyMap<string, readonly string[]>;
};

/** Sources by name, each a link to the page; ids the index does not know yet are left out rather than shown raw. */
export function SourceLinks({ ids, sources }: { ids: readonly string[]; sources: ReadonlyMap<string, SourceRef> }) {
  const { t } = useT();
  const known = [...new Set(ids)].map((id) => sources.get(id)).filter((source) => source !== undefined);
  if (known.length === 0) return null;
  return (
    <p className="muted plan-sources">
      {t.common.sources}:{' '}
      {known.map((source, index) => (
        <span key={source.id}>
          {index > 0 && '; '}
          <a className="ds-link" href={source.url} rel="noreferrer">{source.title}</a> ({source.publisher})
        </span>
      ))}
    </p>
  );
}

/** Combinations as ordered plans: numbered steps, who owns each, why each is there (next to it, with its sources by name), and the alternatives left out. */
export function CombinationsPanel({ combinations, sources, names, reasons }: Props) {
  const { t, locale } = useT();
  const langOf = (language: string | null | undefined) => (language && language.toLowerCase() !== locale ? language.toLowerCase() : undefined);
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
                <ol className="chain chain--explained">
                  {plan.steps.map((step) => {
                    const why = step.reason ?? (reasons.get(step.instrumentId) ?? []).map(sentence).join(' ');
                    return (
                      <li key={step.instrumentId} data-step-instrument={step.instrumentId}>
                        <span>
                                                    <AppLink to={`/virkemiddel/${step.instrumentId}`}>{step.instrument.name}</AppLink>
                          {step.owners.length > 0 && <span className="muted"> ({[...new Set(step.owners.map((owner) => owner.name))].join(', ')})</span>}
                        </span>
                        {why && (
                          <p className="step-reason">
                            <span className="visually-hidden">{t.results.stepWhy}: </span>
                            <span lang={step.reason ? langOf(step.reasonLanguage) : undefined}>{why}</span>
                          </p>
                        )}
                        <SourceLinks ids={step.reasonSourceIds} sources={sources} />
                      </li>
                    );
                  })}
                </ol>
                {plan.leftOut.length > 0 && (
                  <div className="left-out">
                    <p><strong>{t.results.alternatives}:</strong></p>
                    <ul>
                      {plan.leftOut.map((item) => (
                        <li key={item.instrumentId}>
                          <AppLink to={`/virkemiddel/${item.instrumentId}`}>{names.get(item.instrumentId) ?? item.instrumentId}</AppLink>
                          {' – '}<span lang={langOf(item.language)}>{item.reason}</span>
                          <SourceLinks ids={item.sourceIds} sources={sources} />
                        </li>
                      ))}
                    </ul>
                  </div>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
