/** A change's field-level diff as tables a reviewer can read: one per record, a row per field, before and after. */
import { useEditT } from './use-edit-t.ts';
import type { Dictionary } from '../i18n/nb.ts';
import type { EditDictionary } from './use-edit-t.ts';
import { groupByRecord, parseRecord, parseValue, type DiffValue, type FieldChangeLike } from './diff.ts';

function Value({ value }: { value: DiffValue }) {
  const { t } = useEditT();
  switch (value.kind) {
    case 'empty':
      return <span className="muted">{t.edit.diff.empty}</span>;
    case 'text':
      return <span className="diff-text">{value.text}</span>;
    case 'list':
      return (
        <ul className="plain-list">
          {value.items.map((item) => <li key={item}>{item}</li>)}
        </ul>
      );
    case 'languages':
      return (
        <dl className="diff-languages">
          {value.entries.map((entry) => (
            <div key={entry.lang}>
              <dt>{t.languages[entry.lang]}</dt>
              <dd lang={entry.lang}>{entry.text}</dd>
            </div>
          ))}
        </dl>
      );
    case 'json':
      return <pre className="diff-json">{value.text}</pre>;
  }
}

function isLinkType(t: Dictionary, value: string): value is keyof Dictionary['linkTypes'] {
  return Object.hasOwn(t.linkTypes, value);
}

export function recordLabel(t: Dictionary, record: string): string {
  const name = parseRecord(record);
  if (name.kind === 'entity') return name.id;
  const type = isLinkType(t, name.type) ? t.linkTypes[name.type] : name.type;
  return `${name.from} – ${type} – ${name.to}${name.period > 1 ? ` (${name.period})` : ''}`;
}

/** A stored field's name in words; `name_nn` is the name in nynorsk. Unknown fields keep their own name. */
export function fieldLabel(t: EditDictionary, field: string): string {
  const known = (name: string) => (Object.hasOwn(t.edit.fieldNames, name) ? t.edit.fieldNames[name as keyof EditDictionary['edit']['fieldNames']] : null);
  const perLanguage = /^(\w+)_(nb|nn|en)$/.exec(field);
  if (perLanguage) {
    const base = known(perLanguage[1]!);
    if (base) return `${base} (${t.languages[perLanguage[2] as 'nb' | 'nn' | 'en']})`;
  }
  return known(field) ?? field;
}

export function DiffView({ fields }: { fields: readonly FieldChangeLike[] }) {
  const { t } = useEditT();
  const groups = groupByRecord(fields);
  if (groups.length === 0) return <p className="muted">{t.edit.diff.noFields}</p>;
  return (
    <div className="stack diff">
      {groups.map((group) => (
        <div className="table-scroll" key={group.record}>
          <table className="ds-table diff-table" data-border="true" data-record={group.record}>
            <caption>
              {recordLabel(t, group.record)}: {t.edit.recordActions[group.action]}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t.edit.diff.field}</th>
                <th scope="col">{t.edit.diff.before}</th>
                <th scope="col">{t.edit.diff.after}</th>
              </tr>
            </thead>
            <tbody>
              {group.fields.map((field) => (
                <tr key={field.field} data-field={field.field}>
                  <th scope="row">{fieldLabel(t, field.field)}</th>
                  <td><Value value={parseValue(field.before)} /></td>
                  <td><Value value={parseValue(field.after)} /></td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ))}
    </div>
  );
}
