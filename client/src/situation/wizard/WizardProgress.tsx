import { useT } from '../../i18n/i18n.ts';
import { STEP_COUNT } from './steps.ts';

/** The step list at the top (FormProgress idea): where you are, in text as well as style. */
export function WizardProgress({ current }: { current: number }) {
  const { t } = useT();
  return (
    <nav aria-label={t.wizard.progressLabel}>
      <p className="muted">{t.wizard.stepOf(current, STEP_COUNT)}</p>
      <ol className="wizard-progress">
        {t.wizard.steps.map((label, index) => (
          <li key={label} aria-current={index + 1 === current ? 'step' : undefined}>{label}</li>
        ))}
      </ol>
    </nav>
  );
}
