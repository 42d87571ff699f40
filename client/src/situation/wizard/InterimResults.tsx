import { useT } from '../../i18n/i18n.ts';
import { useSituation } from '../SituationProvider.tsx';
import { useSituationCount } from '../situation-query.ts';

/**
 * "Foreløpig: N virkemidler kan være aktuelle" (Turn2us interim results), as a polite status
 * message: announced when it changes, never moving focus.
 */
export function InterimResults() {
  const { t } = useT();
  const { answers } = useSituation();
  const { data, input } = useSituationCount(answers);
  const count = data?.situation.assessments.filter((assessment) => assessment.status !== 'UNLIKELY').length;
  return (
    <p role="status" className="interim-results">
      {input && count !== undefined ? t.wizard.interim(count) : ''}
    </p>
  );
}
