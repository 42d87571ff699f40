/**
 * Form fields built from native elements with Designsystemet's CSS classes. The ARIA wiring is
 * explicit (label, description, error via aria-describedby, aria-invalid), so screen readers read
 * the question, its help and its error together.
 */
import type { ReactNode } from 'react';
import { useT } from '../../i18n/i18n.ts';

export function HelpDetails({ children }: { children: ReactNode }) {
  const { t } = useT();
  return (
    <details className="help-details">
      <summary>{t.wizard.whyWeAsk}</summary>
      <p>{children}</p>
    </details>
  );
}

export function ErrorText({ id, children }: { id: string; children: ReactNode }) {
  return (
    <p id={id} className="ds-validation-message" data-color="danger" data-field="validation">
      {children}
    </p>
  );
}

type TextInputProps = {
  id: string;
  label: string;
  description?: string | undefined;
  help: string;
  value: string;
  error?: string | undefined;
  optional?: boolean;
  autoComplete?: string;
  onChange: (value: string) => void;
  onBlur: () => void;
};

export function NumberInput({ id, label, description, help, value, error, optional, onChange, onBlur }: TextInputProps) {
  const { t } = useT();
  const descriptionId = `${id}-beskrivelse`;
  const errorId = `${id}-feil`;
  const describedBy = [description ? descriptionId : null, error ? errorId : null].filter(Boolean).join(' ');
  return (
    <div className="ds-field question">
      <label htmlFor={id} className="ds-label">
        {label} {optional && <span className="muted">{t.wizard.optional}</span>}
      </label>
      {description && <p id={descriptionId} data-field="description">{description}</p>}
      {error && <ErrorText id={errorId}>{error}</ErrorText>}
      <input
        id={id}
        className="ds-input number-field"
        type="text"
        inputMode="numeric"
        autoComplete="off"
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy || undefined}
        onChange={(event) => onChange(event.currentTarget.value)}
        onBlur={onBlur}
      />
      <HelpDetails>{help}</HelpDetails>
    </div>
  );
}

type SelectInputProps = {
  id: string;
  label: string;
  help: string;
  placeholder: string;
  value: string;
  options: readonly { value: string; label: string }[];
  error?: string | undefined;
  onChange: (value: string) => void;
};

export function SelectInput({ id, label, help, placeholder, value, options, error, onChange }: SelectInputProps) {
  const errorId = `${id}-feil`;
  return (
    <div className="ds-field question">
      <label htmlFor={id} className="ds-label">{label}</label>
      {error && <ErrorText id={errorId}>{error}</ErrorText>}
      <select
        id={id}
        className="ds-input"
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
        onChange={(event) => onChange(event.currentTarget.value)}
      >
        <option value="">{placeholder}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>{option.label}</option>
        ))}
      </select>
      <HelpDetails>{help}</HelpDetails>
    </div>
  );
}

type ChoiceGroupProps = {
  /** Id of the first input, which the error summary links to. */
  id: string;
  name: string;
  type: 'radio' | 'checkbox';
  legend: string;
  description?: string | undefined;
  help: string;
  optional?: boolean;
  options: readonly { value: string; label: string }[];
  isChecked: (value: string) => boolean;
  onToggle: (value: string, checked: boolean) => void;
  error?: string | undefined;
};

export function ChoiceGroup({ id, name, type, legend, description, help, optional, options, isChecked, onToggle, error }: ChoiceGroupProps) {
  const { t } = useT();
  const descriptionId = `${id}-beskrivelse`;
  const errorId = `${id}-feil`;
  const describedBy = [description ? descriptionId : null, error ? errorId : null].filter(Boolean).join(' ');
  return (
    <fieldset className="ds-fieldset question" aria-describedby={describedBy || undefined}>
      <legend className="ds-label">
        {legend} {optional && <span className="muted">{t.wizard.optional}</span>}
      </legend>
      {description && <p id={descriptionId} data-field="description" className="muted">{description}</p>}
      {error && <ErrorText id={errorId}>{error}</ErrorText>}
      <div className="choice-options">
        {options.map((option, index) => {
          const inputId = index === 0 ? id : `${id}-${option.value}`;
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
      <HelpDetails>{help}</HelpDetails>
    </fieldset>
  );
}
