import { useEffect, useState, type FormEvent } from 'react';
import { useLocation, useNavigate, useParams } from 'react-router';
import { Alert, Button } from '../../components/ds.tsx';
import { useT } from '../../i18n/i18n.ts';
import { useAppHref } from '../../app/global-params.ts';
import { PageTitle } from '../../components/PageTitle.tsx';
import { AppLink } from '../../components/AppLink.tsx';
import { NotFoundPage } from '../../pages/NotFoundPage.tsx';
import { useSituation } from '../SituationProvider.tsx';
import type { FieldName } from '../answers.ts';
import { fieldInputId, invalidFields, STEP_COUNT, visibleQuestions } from './steps.ts';
import { QuestionField } from './QuestionField.tsx';
import { ErrorSummary } from './ErrorSummary.tsx';
import { WizardProgress } from './WizardProgress.tsx';
import { InterimResults } from './InterimResults.tsx';
import { ClearAnswersButton } from './ClearAnswersButton.tsx';

/** S2.1: one step of the wizard. Validation only when the user presses Neste (never auto-advance). */
export default function WizardStepPage() {
  const { step } = useParams();
  const stepNumber = Number(step);
  if (!Number.isInteger(stepNumber) || stepNumber < 1 || stepNumber > STEP_COUNT) return <NotFoundPage />;
  // Keyed by step so errors from one step never show on the next.
  return <WizardStep key={stepNumber} stepNumber={stepNumber} />;
}

function WizardStep({ stepNumber }: { stepNumber: number }) {
  const { t } = useT();
  const navigate = useNavigate();
  const href = useAppHref();
  const { answers, update } = useSituation();
  const [errors, setErrors] = useState<FieldName[]>([]);
  const [attempt, setAttempt] = useState(0);
  const stepIndex = stepNumber - 1;
  const questions = visibleQuestions(stepIndex, answers);
  const title = t.wizard.steps[stepIndex] ?? '';
  const location = useLocation();

  // "Endre" and open-question links point at one question (#sporsmal-…): take the user straight there.
  useEffect(() => {
    if (!location.hash) return;
    const target = document.getElementById(decodeURIComponent(location.hash.slice(1)));
    target?.focus();
    target?.scrollIntoView({ block: 'center' });
  }, [location.hash]);

  const errorMessage = (field: FieldName): string => {
    const text = t.questions[field];
    return 'error' in text ? text.error : '';
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const invalid = invalidFields(stepIndex, answers);
    setErrors(invalid);
    setAttempt((count) => count + 1);
    if (invalid.length > 0) return;
    navigate(href(stepNumber < STEP_COUNT ? `/situasjon/steg/${stepNumber + 1}` : '/situasjon/oversikt'));
  };

  // After a failed attempt, fix-as-you-go: a field's error disappears when it loses focus valid.
  const revalidate = () => {
    if (attempt > 0) setErrors(invalidFields(stepIndex, answers));
  };
  const shownErrors = attempt > 0 ? errors.filter((field) => questions.some((question) => question.field === field)) : [];

  return (
    <>
      <WizardProgress current={stepNumber} />
      <PageTitle title={title}>{title}</PageTitle>
      {answers.housing === 'HOMELESS' && <Alert data-color="danger">{t.wizard.urgentBanner}</Alert>}
      {answers.tri.evictionOrArrears === 'yes' && <Alert data-color="warning">{t.wizard.evictionBanner}</Alert>}
      <ErrorSummary attempt={attempt} errors={shownErrors.map((field) => ({ inputId: fieldInputId(field), message: errorMessage(field) }))} />
      <form className="wizard-form" noValidate onSubmit={submit}>
        {questions.map((question) => (
          <QuestionField key={question.field} question={question} answers={answers} update={update} onBlur={revalidate}
            error={shownErrors.includes(question.field) ? errorMessage(question.field) : undefined} />
        ))}
        <div className="wizard-buttons">
          <Button type="button" variant="secondary" onClick={() => navigate(href(stepNumber > 1 ? `/situasjon/steg/${stepNumber - 1}` : '/situasjon'))}>
            {t.common.back}
          </Button>
          <Button type="submit">{t.common.next}</Button>
        </div>
      </form>
      <InterimResults />
      <div className="row">
        {answers.municipalityNumber && <AppLink to="/resultat">{t.wizard.toResults}</AppLink>}
        <ClearAnswersButton />
      </div>
    </>
  );
}
