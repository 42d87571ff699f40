import { useId } from 'react';
import { useT } from '../../i18n/i18n.ts';
import { useSituation } from '../SituationProvider.tsx';

/** Opt-in local memory ("Husk svarene på denne maskinen"), off by default. */
export function RememberSwitch() {
  const { t } = useT();
  const { remember, setRemember } = useSituation();
  const id = useId();
  return (
    <div className="ds-field">
      <input id={id} className="ds-input" type="checkbox" checked={remember} aria-describedby={`${id}-hjelp`}
        onChange={(event) => setRemember(event.currentTarget.checked)} />
      <label htmlFor={id} className="ds-label">{t.wizard.rememberLabel}</label>
      <p id={`${id}-hjelp`} data-field="description">{t.wizard.rememberHelp}</p>
    </div>
  );
}
