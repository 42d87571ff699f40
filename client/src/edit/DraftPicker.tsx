import { useRef, useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { graphql } from '../gql/index.ts';
import { Button, Heading } from '../components/ds.tsx';
import { AppLink } from '../components/AppLink.tsx';
import { useEditT } from './use-edit-t.ts';
import { splitErrors } from './api-errors.ts';
import { ErrorSummary, SelectField, TextField } from './fields.tsx';
import { changeSetPath } from './routes.ts';

const CreateChangeSetMutation = graphql(`
  mutation EditCreateChangeSet($input: CreateChangeSetInput!) {
    createChangeSet(input: $input) { id title }
  }
`);

export type DraftOption = { id: string; title: string; changeCount: number };

/** Pick the draft the changes go into, or start a new one (title and reason). */
export function DraftPicker({ drafts, selected, onSelect, onCreated }: { drafts: readonly DraftOption[]; selected: string | null; onSelect: (id: string | null) => void; onCreated: (id: string) => void }) {
  const { t } = useEditT();
  const [, create] = useMutation(CreateChangeSetMutation);
  const [title, setTitle] = useState('');
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<{ fields: Record<string, string>; general: string[] }>({ fields: {}, general: [] });
  const [created, setCreated] = useState<string | null>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const createdRef = useRef<HTMLParagraphElement>(null);
  const labels: Record<string, string> = { title: t.edit.draft.name, reason: t.edit.draft.reason };
  const current = drafts.find((draft) => draft.id === selected);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const problems: Record<string, string> = {};
    if (!title.trim()) problems.title = t.edit.form.required;
    if (!reason.trim()) problems.reason = t.edit.form.reasonRequired;
    if (Object.keys(problems).length > 0) {
      setErrors({ fields: problems, general: [] });
      window.setTimeout(() => summaryRef.current?.focus(), 0);
      return;
    }
    const result = await create({ input: { title: title.trim(), reason: reason.trim() } });
    const id = result.data?.createChangeSet.id;
    if (!id) {
      const split = splitErrors(result.error, Object.keys(labels));
      setErrors(split.general.length || Object.keys(split.fields).length ? split : { fields: {}, general: [t.common.errorBody] });
      window.setTimeout(() => summaryRef.current?.focus(), 0);
      return;
    }
    setErrors({ fields: {}, general: [] });
    setCreated(result.data?.createChangeSet.title ?? title.trim());
    setTitle('');
    setReason('');
    onCreated(id);
    window.setTimeout(() => createdRef.current?.focus(), 0);
  };

  return (
    <section aria-labelledby="utkast" className="stack edit-draft">
      <Heading level={2} data-size="xs" id="utkast">{t.edit.draft.title}</Heading>
      <SelectField
        id="utkast-valg"
        label={t.edit.draft.select}
        value={selected ?? ''}
        placeholder={t.edit.draft.none}
        options={drafts.map((draft) => ({ value: draft.id, label: `${draft.title} (${t.edit.queue.changeCount(draft.changeCount)})` }))}
        onChange={(value) => onSelect(value || null)}
      />
      {created && (
        <p ref={createdRef} tabIndex={-1} role="status" className="edit-status">{t.edit.draft.created(created)}</p>
      )}
      {current && <p><AppLink to={changeSetPath(current.id)}>{t.edit.draft.open(current.title)}</AppLink></p>}
      <details className="edit-new-draft" open={drafts.length === 0}>
        <summary>{t.edit.draft.new}</summary>
        <form className="stack" noValidate onSubmit={(event) => void onSubmit(event)} aria-label={t.edit.draft.new}>
          <ErrorSummary heading={t.edit.form.errorSummary} items={Object.entries(errors.fields).map(([key, message]) => ({ fieldId: `utkast-${key}`, message: `${labels[key] ?? key}: ${message}` }))} general={errors.general} summaryRef={summaryRef} />
          <TextField id="utkast-title" label={t.edit.draft.name} value={title} onChange={setTitle} error={errors.fields.title} />
          <TextField id="utkast-reason" label={t.edit.draft.reason} help={t.edit.draft.reasonHelp} value={reason} onChange={setReason} multiline error={errors.fields.reason} />
          <div className="row">
            <Button type="submit" variant="secondary">{t.edit.draft.create}</Button>
          </div>
        </form>
      </details>
    </section>
  );
}
