/**
 * The editing forms' fields: native elements with Designsystemet's classes and explicit ARIA
 * wiring (label, help and error through aria-describedby, aria-invalid), like the wizard's. An
 * error from the API is shown next to its field, above the input, where a screen reader reads it
 * with the label.
 */
import type { ReactNode, Ref } from 'react';
import { useT } from '../i18n/i18n.ts';

function describedBy(...ids: (string | false | undefined)[]): string | undefined {
  const list = ids.filter(Boolean).join(' ');
  return list || undefined;
}

export function FieldError({ id, children }: { id: string; children: ReactNode }) {
  return (
    <p id={id} className="ds-validation-message" data-color="danger" data-field="validation">
      {children}
    </p>
  );
}

type Common = {
  id: string;
  label: string;
  help?: string | undefined;
  error?: string | undefined;
  optional?: boolean | undefined;
  lang?: string | undefined;
};

function Label({ id, label, optional }: Pick<Common, 'id' | 'label' | 'optional'>) {
  const { t } = useT();
  return (
    <label htmlFor={id} className="ds-label">
      {label} {optional && <span className="muted">{t.wizard.optional}</span>}
    </label>
  );
}

export function TextField({ id, label, help, error, optional, lang, value, onChange, multiline, type = 'text', inputMode, autoComplete = 'off' }: Common & {
  value: string;
  onChange: (value: string) => void;
  multiline?: boolean;
  type?: 'text' | 'url' | 'date';
  inputMode?: 'text' | 'url' | 'numeric';
  autoComplete?: string;
}) {
  const helpId = `${id}-hjelp`;
  const errorId = `${id}-feil`;
  const shared = {
    id,
    className: 'ds-input',
    value,
    lang,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': describedBy(help && helpId, error && errorId),
  } as const;
  return (
    <div className="ds-field edit-field">
      <Label id={id} label={label} optional={optional} />
      {help && <p id={helpId} data-field="description" className="muted">{help}</p>}
      {error && <FieldError id={errorId}>{error}</FieldError>}
      {multiline ? (
        <textarea {...shared} rows={4} onChange={(event) => onChange(event.currentTarget.value)} />
      ) : (
        <input {...shared} type={type} inputMode={inputMode} autoComplete={autoComplete} onChange={(event) => onChange(event.currentTarget.value)} />
      )}
    </div>
  );
}

export function SelectField({ id, label, help, error, optional, value, onChange, placeholder, options }: Common & {
  value: string;
  onChange: (value: string) => void;
  placeholder?: string;
  options: readonly { value: string; label: string }[];
}) {
  const helpId = `${id}-hjelp`;
  const errorId = `${id}-feil`;
  return (
    <div className="ds-field edit-field">
      <Label id={id} label={label} optional={optional} />
      {help && <p id={helpId} data-field="description" className="muted">{help}</p>}
      {error && <FieldError id={errorId}>{error}</FieldError>}
      <select
        id={id}
        className="ds-input"
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(help && helpId, error && errorId)}
        onChange={(event) => onChange(event.currentTarget.value)}
      >
        {placeholder !== undefined && <option value="">{placeholder}</option>}
        {options.map((option) => (
          <option key={option.value} value={option.value}>{option.label}</option>
        ))}
      </select>
    </div>
  );
}

/** Checkboxes or radios in a fieldset; `id` is the first input's, which an error summary links to. */
export function ChoiceField({ id, name, type, legend, help, error, options, isChecked, onToggle }: {
  id: string;
  name: string;
  type: 'checkbox' | 'radio';
  legend: string;
  help?: string | undefined;
  error?: string | undefined;
  options: readonly { value: string; label: ReactNode }[];
  isChecked: (value: string) => boolean;
  onToggle: (value: string, checked: boolean) => void;
}) {
  const helpId = `${id}-hjelp`;
  const errorId = `${id}-feil`;
  return (
    <fieldset className="ds-fieldset edit-field" aria-describedby={describedBy(help && helpId, error && errorId)}>
      <legend className="ds-label">{legend}</legend>
      {help && <p id={helpId} data-field="description" className="muted">{help}</p>}
      {error && <FieldError id={errorId}>{error}</FieldError>}
      <div className="choice-options">
        {options.map((option, index) => {
          const inputId = index === 0 ? id : `${id}-${index}`;
          return (
            <div className="ds-field" key={option.value}>
              <input
                id={inputId}
                className="ds-input"
                type={type}
                name={name}
                value={option.value}
                checked={isChecked(option.value)}
                aria-invalid={error ? true : undefined}
                onChange={(event) => onToggle(option.value, event.currentTarget.checked)}
              />
              <label htmlFor={inputId} className="ds-label">{option.label}</label>
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}

/**
 * The list of problems above a form after a failed attempt. It takes focus, and each link moves
 * focus to its field (Aksel's error summary).
 */
export function ErrorSummary({ heading, items, general, summaryRef }: {
  heading: string;
  items: readonly { fieldId: string; message: string }[];
  general: readonly string[];
  summaryRef: Ref<HTMLDivElement>;
}) {
  if (items.length === 0 && general.length === 0) return null;
  return (
    <div ref={summaryRef} tabIndex={-1} className="ds-alert edit-error-summary" data-color="danger" role="alert">
      <p className="ds-paragraph"><strong>{heading}</strong></p>
      <ul>
        {items.map((item) => (
          <li key={item.fieldId}>
            <a
              className="ds-link"
              href={`#${item.fieldId}`}
              onClick={(event) => {
                event.preventDefault();
                document.getElementById(item.fieldId)?.focus();
              }}
            >
              {item.message}
            </a>
          </li>
        ))}
        {general.map((message) => (
          <li key={message}>{message}</li>
        ))}
      </ul>
    </div>
  );
}
