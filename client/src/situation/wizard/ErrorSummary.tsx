import { useEffect, useRef } from 'react';
import { Heading } from '../../components/ds.tsx';
import { useT } from '../../i18n/i18n.ts';

export type SummaryError = { inputId: string; message: string };

/**
 * Aksel's error-summary pattern on Designsystemet's styles: appears above the form when the user
 * tries to move on, takes focus so it is read at once, and each item moves focus to its field.
 */
export function ErrorSummary({ errors, attempt }: { errors: SummaryError[]; attempt: number }) {
  const { t } = useT();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (errors.length > 0) ref.current?.focus();
    // Refocus on every new attempt, even when the list of errors is unchanged.
  }, [attempt]);
  if (errors.length === 0) return null;
  return (
    <div ref={ref} className="ds-error-summary" tabIndex={-1} aria-labelledby="feiloppsummering-tittel">
      <Heading level={2} data-size="xs" id="feiloppsummering-tittel">{t.wizard.errorSummaryTitle}</Heading>
      <ul className="ds-list">
        {errors.map((error) => (
          <li key={error.inputId}>
            <a
              href={`#${error.inputId}`}
              className="ds-link"
              onClick={(event) => {
                event.preventDefault();
                const field = document.getElementById(error.inputId);
                field?.focus();
                field?.scrollIntoView({ block: 'center' });
              }}
            >
              {error.message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
