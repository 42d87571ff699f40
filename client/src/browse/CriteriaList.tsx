import { Heading } from '../components/ds.tsx';
import { graphql, getFragmentData, type FragmentType } from '../gql/index.ts';
import { useT } from '../i18n/i18n.ts';

export const CriterionItemFragment = graphql(`
  fragment CriterionItem on Criterion {
    id
    name
    description
    required
    discretionary
    checkable
    whyNot
    thresholdYear
  }
`);

/** "Hvem kan få": the instrument's criteria in the order a caseworker checks them. */
export function CriteriaList({ criteria }: { criteria: readonly FragmentType<typeof CriterionItemFragment>[] }) {
  const { t } = useT();
  const items = criteria.map((criterion) => getFragmentData(CriterionItemFragment, criterion));
  return (
    <section aria-labelledby="kriterier">
      <Heading level={2} data-size="xs" id="kriterier">{t.browse.criteria}</Heading>
      {items.length === 0 ? (
        <p className="muted">{t.browse.noItems}</p>
      ) : (
        <ol>
          {items.map((criterion) => {
            const notes = [
              criterion.required ? t.browse.required : null,
              criterion.discretionary ? t.browse.discretionary : null,
              criterion.checkable ? null : t.browse.caseworkerChecks,
            ].filter(Boolean);
            return (
              <li key={criterion.id}>
                {criterion.name}
                {notes.length > 0 && <span className="muted"> ({notes.join('; ')})</span>}
                {criterion.description && <p>{criterion.description}</p>}
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
