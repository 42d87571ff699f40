import { useState } from 'react';
import { useMutation } from 'urql';
import { graphql } from '../gql/index.ts';
import { useEditT } from './use-edit-t.ts';
import { ChangeForm, type SourceOption } from './ChangeForm.tsx';
import { TextField } from './fields.tsx';
import { emptyTexts, isIsoDate, LANGS, type EditableEntity, type LangTexts } from './editable-entity.ts';

const RenameMutation = graphql(`
  mutation EditRename($changeSetId: ID!, $input: RenameInput!) {
    renameEntity(changeSetId: $changeSetId, input: $input) { id summary }
  }
`);

/** A new name from a date; the old one becomes a name period that ends the day before. */
export function RenameForm({ entity, changeSetId, sources, allSources, onAdded }: { entity: EditableEntity; changeSetId: string | null; sources: readonly SourceOption[]; allSources: readonly SourceOption[]; onAdded: (summary: string) => void }) {
  const { t } = useEditT();
  const [, rename] = useMutation(RenameMutation);
  const [from, setFrom] = useState('');
  const [name, setName] = useState<LangTexts>(emptyTexts());
  const [abbreviation, setAbbreviation] = useState('');
  const fields: Record<string, string> = {
    from: t.edit.rename.from,
    ...Object.fromEntries(LANGS.map((lang) => [`name.${lang}`, `${t.edit.rename.name} (${t.languages[lang]})`])),
    abbreviation: t.edit.rename.abbreviation,
  };
  return (
    <ChangeForm
      formId="navn"
      title={t.edit.operations.rename}
      entity={entity}
      changeSetId={changeSetId}
      fields={fields}
      sources={sources}
      allSources={allSources}
      onAdded={onAdded}
      validate={() => {
        const problems: Record<string, string> = {};
        if (!isIsoDate(from)) problems.from = from ? t.edit.form.dateInvalid : t.edit.form.required;
        // The seed schema requires a name in all three languages.
        for (const lang of LANGS) if (!name[lang].trim()) problems[`name.${lang}`] = t.edit.form.required;
        return problems;
      }}
      send={async (basis) => {
        const result = await rename({
          changeSetId: changeSetId ?? '',
          input: { basis, from, name: { nb: name.nb.trim(), nn: name.nn.trim(), en: name.en.trim() }, abbreviation: abbreviation.trim() || null },
        });
        return { error: result.error, summary: result.data?.renameEntity.summary };
      }}
    >
      {(errorFor, idFor) => (
        <>
          <p className="muted">{t.edit.rename.help(entity.name)}</p>
          <TextField id={idFor('from')} label={t.edit.rename.from} type="date" value={from} onChange={setFrom} error={errorFor('from')} help={t.edit.form.dateHelp} />
          {LANGS.map((lang) => (
            <TextField
              key={lang}
              id={idFor(`name.${lang}`)}
              label={`${t.edit.rename.name} (${t.languages[lang]})`}
              lang={lang}
              value={name[lang]}
              error={errorFor(`name.${lang}`)}
              onChange={(value) => setName((current) => ({ ...current, [lang]: value }))}
            />
          ))}
          <TextField id={idFor('abbreviation')} label={t.edit.rename.abbreviation} value={abbreviation} onChange={setAbbreviation} error={errorFor('abbreviation')} optional />
        </>
      )}
    </ChangeForm>
  );
}
