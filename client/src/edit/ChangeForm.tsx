/**
 * What every change form shares: a reason, at least one source, the submit button, the error
 * summary and the API's field errors. The operation's own fields are the children; they get the
 * error of each of their fields from `errorFor`.
 */
import { useRef, useState, type FormEvent, type ReactNode } from 'react';
import type { CombinedError } from 'urql';
import { Button, Heading } from '../components/ds.tsx';
import { useEditT } from './use-edit-t.ts';
import type { ChangeBasis } from '../gql/graphql.ts';
import { conflictOf, splitErrors } from './api-errors.ts';
import { ChoiceField, ErrorSummary, SelectField, TextField } from './fields.tsx';

export type SourceOption = { id: string; title: string };

export type SendResult = { error?: CombinedError | undefined; summary?: string | undefined };

type ChangeFormProps = {
  /** Prefix of every field id in the form (ids are `${formId}-${key}`). */
  formId: string;
  title: string;
  entity: { id: string; version: number };
  changeSetId: string | null;
  /** The operation's fields, key → label, for the error summary and the API's field errors. */
  fields: Record<string, string>;
  /** Problems found before sending, key → message. */
  validate: () => Record<string, string>;
  send: (basis: ChangeBasis) => Promise<SendResult>;
  onAdded: (summary: string) => void;
  /** The sources the change can cite: the entity's, and those added in the draft. */
  sources: readonly SourceOption[];
  /** Every source in the graph, for one not cited by the entity yet. */
  allSources: readonly SourceOption[];
  /** Adding a source itself cites none. */
  withSources?: boolean;
  children: (errorFor: (key: string) => string | undefined, idFor: (key: string) => string) => ReactNode;
};

export function ChangeForm({ formId, title, entity, changeSetId, fields, validate, send, onAdded, sources, allSources, withSources = true, children }: ChangeFormProps) {
  const { t } = useEditT();
  const [reason, setReason] = useState('');
  const [sourceIds, setSourceIds] = useState<string[]>([]);
  const [extraSources, setExtraSources] = useState<SourceOption[]>([]);
  const [errors, setErrors] = useState<{ fields: Record<string, string>; general: string[] }>({ fields: {}, general: [] });
  const [sending, setSending] = useState(false);
  const summaryRef = useRef<HTMLDivElement>(null);
  const idFor = (key: string) => `${formId}-${key.replace(/\./g, '-')}`;
  const labels: Record<string, string> = { ...fields, reason: t.edit.form.reason, ...(withSources ? { sourceIds: t.edit.form.sources } : {}) };
  const shownSources = [...sources, ...extraSources.filter((source) => !sources.some((item) => item.id === source.id))];

  const showErrors = (next: { fields: Record<string, string>; general: string[] }) => {
    setErrors(next);
    // After the summary has rendered: focus it so the person hears what to fix.
    window.setTimeout(() => summaryRef.current?.focus(), 0);
  };

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const problems: Record<string, string> = { ...validate() };
    if (!reason.trim()) problems.reason = t.edit.form.reasonRequired;
    if (withSources && sourceIds.length === 0) problems.sourceIds = t.edit.form.sourceRequired;
    const general = changeSetId ? [] : [t.edit.form.draftRequired];
    if (Object.keys(problems).length > 0 || general.length > 0) return showErrors({ fields: problems, general });
    setSending(true);
    const result = await send({ entityId: entity.id, baseVersion: entity.version, reason: reason.trim(), sourceIds });
    setSending(false);
    if (result.error || result.summary === undefined) {
      const conflict = conflictOf(result.error);
      // The entity was published anew since this page was loaded: say so in words, with its version.
      if (conflict) return showErrors({ fields: {}, general: conflict.entities.map((item) => (item.currentVersion === null ? t.edit.changeSet.conflictGone(item.entityId) : t.edit.changeSet.conflictBody(item.entityId, String(item.currentVersion)))) });
      const split = splitErrors(result.error, Object.keys(labels));
      return showErrors(split.general.length === 0 && Object.keys(split.fields).length === 0 ? { fields: {}, general: [t.common.errorBody] } : split);
    }
    setErrors({ fields: {}, general: [] });
    onAdded(result.summary);
  };

  const errorFor = (key: string) => errors.fields[key];
  const summaryItems = Object.entries(errors.fields).map(([key, message]) => ({ fieldId: idFor(key), message: `${labels[key] ?? key}: ${message}` }));

  return (
    <form className="edit-form stack" noValidate onSubmit={(event) => void onSubmit(event)} aria-labelledby={`${formId}-tittel`}>
      <Heading level={3} data-size="xs" id={`${formId}-tittel`}>{title}</Heading>
      <ErrorSummary heading={t.edit.form.errorSummary} items={summaryItems} general={errors.general} summaryRef={summaryRef} />
      {children(errorFor, idFor)}
      <TextField id={idFor('reason')} label={t.edit.form.reason} help={t.edit.form.reasonHelp} value={reason} onChange={setReason} multiline error={errorFor('reason')} />
      {withSources && (
        <>
          <ChoiceField
            id={idFor('sourceIds')}
            name={`${formId}-kilder`}
            type="checkbox"
            legend={t.edit.form.sources}
            help={t.edit.form.sourcesHelp}
            error={errorFor('sourceIds')}
            options={shownSources.map((source) => ({ value: source.id, label: source.title }))}
            isChecked={(id) => sourceIds.includes(id)}
            onToggle={(id, checked) => setSourceIds((current) => (checked ? [...current, id] : current.filter((item) => item !== id)))}
          />
          <SelectField
            id={idFor('otherSource')}
            label={t.edit.form.otherSource}
            help={t.edit.form.otherSourceHelp}
            value=""
            placeholder={t.edit.form.chooseSource}
            options={allSources.filter((source) => !shownSources.some((item) => item.id === source.id)).map((source) => ({ value: source.id, label: source.title }))}
            onChange={(id) => {
              const source = allSources.find((item) => item.id === id);
              if (!source) return;
              setExtraSources((current) => [...current, source]);
              setSourceIds((current) => [...current, source.id]);
            }}
          />
        </>
      )}
      <div className="row">
        <Button type="submit" disabled={sending} aria-disabled={sending || undefined}>{sending ? t.edit.form.adding : t.edit.form.add}</Button>
      </div>
    </form>
  );
}
