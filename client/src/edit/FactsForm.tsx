import { useState } from 'react';
import { useMutation } from 'urql';
import { graphql } from '../gql/index.ts';
import type { FactsInput } from '../gql/graphql.ts';
import { useEditT } from './use-edit-t.ts';
import { ChangeForm, type SourceOption } from './ChangeForm.tsx';
import { TextField } from './fields.tsx';
import { changedText, isIsoDate, LANGS, type EditableEntity, type LangTexts } from './editable-entity.ts';

const UpdateFactsMutation = graphql(`
  mutation EditUpdateFacts($changeSetId: ID!, $basis: ChangeBasis!, $facts: FactsInput!) {
    updateFacts(changeSetId: $changeSetId, basis: $basis, facts: $facts) { id summary }
  }
`);

type TextKey = 'description' | 'howToApply' | 'note';

/** Texts (in bokmål, nynorsk and English), web address, abbreviation and dates. Only what is changed is sent. */
export function FactsForm({ entity, changeSetId, sources, allSources, onAdded }: { entity: EditableEntity; changeSetId: string | null; sources: readonly SourceOption[]; allSources: readonly SourceOption[]; onAdded: (summary: string) => void }) {
  const { t } = useEditT();
  const [, updateFacts] = useMutation(UpdateFactsMutation);
  const textKeys: TextKey[] = entity.texts.howToApply ? ['description', 'howToApply', 'note'] : ['description', 'note'];
  const initial = { description: entity.texts.description, howToApply: entity.texts.howToApply, note: entity.texts.note };
  const [texts, setTexts] = useState<Record<TextKey, LangTexts | undefined>>(initial);
  const [url, setUrl] = useState(entity.url ?? '');
  const [abbreviation, setAbbreviation] = useState(entity.abbreviation ?? '');
  const [validFrom, setValidFrom] = useState(entity.validFrom ?? '');
  const [validTo, setValidTo] = useState(entity.validTo ?? '');
  const textLabel: Record<TextKey, string> = { description: t.edit.fieldNames.description, howToApply: t.edit.fieldNames.howToApply, note: t.edit.fieldNames.note };

  const facts = (): FactsInput => {
    const result: FactsInput = {};
    for (const key of textKeys) {
      const before = initial[key];
      const after = texts[key];
      if (!before || !after) continue;
      const changed = changedText(before, after);
      if (changed !== undefined) result[key] = changed;
    }
    if (entity.url !== undefined && url.trim() !== (entity.url ?? '')) result.url = url.trim() || null;
    if (abbreviation.trim() !== (entity.abbreviation ?? '')) result.abbreviation = abbreviation.trim() || null;
    if (validFrom !== (entity.validFrom ?? '')) result.validFrom = validFrom || null;
    if (validTo !== (entity.validTo ?? '')) result.validTo = validTo || null;
    return result;
  };

  const fields: Record<string, string> = {
    ...Object.fromEntries(textKeys.flatMap((key) => LANGS.map((lang) => [`${key}.${lang}`, `${textLabel[key]} (${t.languages[lang]})`]))),
    ...(entity.url !== undefined ? { url: t.edit.fieldNames.url } : {}),
    abbreviation: t.edit.fieldNames.abbreviation,
    validFrom: t.edit.fieldNames.validFrom,
    validTo: t.edit.fieldNames.validTo,
  };

  const validate = () => {
    const problems: Record<string, string> = {};
    for (const key of textKeys) {
      const value = texts[key];
      if (value && !value.nb.trim() && (value.nn.trim() || value.en.trim())) problems[`${key}.nb`] = t.edit.form.bokmalRequired;
    }
    if (validFrom && !isIsoDate(validFrom)) problems.validFrom = t.edit.form.dateInvalid;
    if (validTo && !isIsoDate(validTo)) problems.validTo = t.edit.form.dateInvalid;
    if (Object.keys(problems).length === 0 && Object.keys(facts()).length === 0) problems[`${textKeys[0]}.nb`] = t.edit.form.nothingChanged;
    return problems;
  };

  return (
    <ChangeForm
      formId="fakta"
      title={t.edit.operations.facts}
      entity={entity}
      changeSetId={changeSetId}
      fields={fields}
      validate={validate}
      sources={sources}
      allSources={allSources}
      onAdded={onAdded}
      send={async (basis) => {
        const result = await updateFacts({ changeSetId: changeSetId ?? '', basis, facts: facts() });
        return { error: result.error, summary: result.data?.updateFacts.summary };
      }}
    >
      {(errorFor, idFor) => (
        <>
          <p className="muted">{t.edit.form.factsHelp}</p>
          {textKeys.map((key) => (
            <fieldset key={key} className="ds-fieldset edit-field">
              <legend className="ds-label">{textLabel[key]}</legend>
              {LANGS.map((lang) => (
                <TextField
                  key={lang}
                  id={idFor(`${key}.${lang}`)}
                  label={`${textLabel[key]} (${t.languages[lang]})`}
                  lang={lang}
                  multiline
                  optional={lang !== 'nb'}
                  value={texts[key]?.[lang] ?? ''}
                  error={errorFor(`${key}.${lang}`)}
                  onChange={(value) => setTexts((current) => ({ ...current, [key]: { ...(current[key] ?? { nb: '', nn: '', en: '' }), [lang]: value } }))}
                />
              ))}
            </fieldset>
          ))}
          {entity.url !== undefined && <TextField id={idFor('url')} label={t.edit.fieldNames.url} type="url" inputMode="url" value={url} onChange={setUrl} error={errorFor('url')} optional />}
          <TextField id={idFor('abbreviation')} label={t.edit.fieldNames.abbreviation} value={abbreviation} onChange={setAbbreviation} error={errorFor('abbreviation')} optional />
          <TextField id={idFor('validFrom')} label={t.edit.fieldNames.validFrom} type="date" value={validFrom} onChange={setValidFrom} error={errorFor('validFrom')} help={t.edit.form.dateHelp} optional />
          <TextField id={idFor('validTo')} label={t.edit.fieldNames.validTo} type="date" value={validTo} onChange={setValidTo} error={errorFor('validTo')} help={t.edit.form.dateHelp} optional />
        </>
      )}
    </ChangeForm>
  );
}
