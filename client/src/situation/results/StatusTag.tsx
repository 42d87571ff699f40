import { useT } from '../../i18n/i18n.ts';
import { Tag } from '../../components/ds.tsx';
import type { AssessmentStatus } from '../../gql/graphql.ts';

const COLOR = { LIKELY: 'success', POSSIBLE: 'warning', UNLIKELY: 'neutral' } as const;
const SYMBOL = { LIKELY: '✓', POSSIBLE: '?', UNLIKELY: '–' } as const;

/** The status in words (never colour alone), with a symbol as a second cue. */
export function StatusTag({ status }: { status: AssessmentStatus }) {
  const { t } = useT();
  return (
    <Tag data-color={COLOR[status]} className="status-tag">
      <span aria-hidden="true">{SYMBOL[status]} </span>
      {t.status[status]}
    </Tag>
  );
}
