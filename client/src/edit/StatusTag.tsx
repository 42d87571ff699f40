import { Tag } from '../components/ds.tsx';
import type { ChangeSetStatus } from '../gql/graphql.ts';
import { useEditT } from './use-edit-t.ts';

const COLOR: Record<ChangeSetStatus, 'neutral' | 'info' | 'success' | 'danger' | 'warning'> = {
  DRAFT: 'neutral',
  SUBMITTED: 'info',
  PUBLISHED: 'success',
  REJECTED: 'danger',
  WITHDRAWN: 'warning',
};

/** A change set's status in words (colour only repeats it). */
export function StatusTag({ status }: { status: ChangeSetStatus }) {
  const { t } = useEditT();
  return <Tag data-color={COLOR[status]} data-status={status}>{t.edit.status[status]}</Tag>;
}
