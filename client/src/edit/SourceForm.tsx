import { useState } from 'react';
import { useMutation } from 'urql';
import { graphql } from '../gql/index.ts';
import { useEditT } from './use-edit-t.ts';
import { ChangeForm } from './ChangeForm.tsx';
import { SelectField, TextField } from './fields.tsx';
import type { Confidence } from '../gql/graphql.ts';
import { isIsoDate, type EditableEntity } from './editable-entity.ts';

const AddSourceMutation = graphql(`
  mutation EditAddSource($changeSetId: ID!, $input: AddSourceInput!) {
    addSource(changeSetId: $changeSetId, input: $input) { id summary entityId }
  }
`);

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const CONFIDENCES: readonly Confidence[] = ['OFFICIAL', 'MUNICIPAL', 'SECONDARY', 'UNVERIFIED'];

/** A new source in the draft; the changes after it in the same draft may cite it. */
export function SourceForm({ entity, changeSetId, onAdded }: { entity: EditableEntity; changeSetId: string | null; onAdded: (summary: string, source: { id: string; title: string }) => void }) {
  const { t } = useEditT();
  const [, addSource] = useMutation(AddSourceMutation);
  const [id, setId] = useState('');
  const [title, setTitle] = useState('');
  const [publisher, setPublisher] = useState('');
  const [url, setUrl] = useState('');
  const [compiledOn, setCompiledOn] = useState('');
  const [confidence, setConfidence] = useState<Confidence>('UNVERIFIED');
  return (
    <ChangeForm
      formId="kilde"
      title={t.edit.operations.addSource}
      entity={entity}
      changeSetId={changeSetId}
      withSources={false}
      sources={[]}
      allSources={[]}
      fields={{ id: t.edit.source.id, title: t.edit.source.title, publisher: t.edit.source.publisher, url: t.edit.source.url, compiledOn: t.edit.source.compiledOn, confidence: t.edit.source.confidence }}
      onAdded={(summary) => onAdded(summary, { id: id.trim(), title: title.trim() })}
      validate={() => {
        const problems: Record<string, string> = {};
        if (!SLUG.test(id.trim())) problems.id = id.trim() ? t.edit.source.idInvalid : t.edit.form.required;
        if (!title.trim()) problems.title = t.edit.form.required;
        if (!publisher.trim()) problems.publisher = t.edit.form.required;
        if (!/^https?:\/\/\S+$/.test(url.trim())) problems.url = url.trim() ? t.edit.source.urlInvalid : t.edit.form.required;
        if (compiledOn && !isIsoDate(compiledOn)) problems.compiledOn = t.edit.form.dateInvalid;
        return problems;
      }}
      send={async (basis) => {
        const result = await addSource({
          changeSetId: changeSetId ?? '',
          input: { id: id.trim(), title: title.trim(), publisher: publisher.trim(), url: url.trim(), compiledOn: compiledOn || null, confidence, reason: basis.reason },
        });
        return { error: result.error, summary: result.data?.addSource.summary };
      }}
    >
      {(errorFor, idFor) => (
        <>
          <TextField id={idFor('id')} label={t.edit.source.id} help={t.edit.source.idHelp} value={id} onChange={setId} error={errorFor('id')} />
          <TextField id={idFor('title')} label={t.edit.source.title} value={title} onChange={setTitle} error={errorFor('title')} />
          <TextField id={idFor('publisher')} label={t.edit.source.publisher} value={publisher} onChange={setPublisher} error={errorFor('publisher')} />
          <TextField id={idFor('url')} label={t.edit.source.url} type="url" inputMode="url" value={url} onChange={setUrl} error={errorFor('url')} />
          <SelectField
            id={idFor('confidence')}
            label={t.edit.source.confidence}
            help={t.edit.source.confidenceHelp}
            value={confidence}
            options={CONFIDENCES.map((value) => ({ value, label: t.edit.source.confidenceOptions[value] }))}
            error={errorFor('confidence')}
            onChange={(value) => setConfidence(value as Confidence)}
          />
          <TextField id={idFor('compiledOn')} label={t.edit.source.compiledOn} type="date" value={compiledOn} onChange={setCompiledOn} error={errorFor('compiledOn')} help={t.edit.form.dateHelp} optional />
        </>
      )}
    </ChangeForm>
  );
}
