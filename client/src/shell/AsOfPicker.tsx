import { useId } from 'react';
import { Button } from '../components/ds.tsx';
import { useT } from '../i18n/i18n.ts';
import { AS_OF_PARAM, useGlobalParams, useSetGlobalParam } from '../app/global-params.ts';
import { todayInNorway } from '../i18n/format.ts';

/** The as-of date for the whole explorer, stored in the URL (`dato`) so a dated view is a link. */
export function AsOfPicker() {
  const { t } = useT();
  const { asOf } = useGlobalParams();
  const setParam = useSetGlobalParam();
  const inputId = useId();
  const helpId = useId();
  return (
    <div className="as-of">
      <label htmlFor={inputId} className="as-of__label">{t.shell.asOf}</label>
      <input
        id={inputId}
        type="date"
        className="ds-input as-of__input"
        aria-describedby={helpId}
        value={asOf ?? todayInNorway()}
        onChange={(event) => {
          const value = event.currentTarget.value;
          setParam(AS_OF_PARAM, value && value !== todayInNorway() ? value : null);
        }}
      />
      <span id={helpId} className="visually-hidden">{t.shell.asOfHelp}</span>
      {asOf && (
        <Button variant="tertiary" data-size="sm" onClick={() => setParam(AS_OF_PARAM, null)}>
          {t.shell.asOfReset}
        </Button>
      )}
    </div>
  );
}
