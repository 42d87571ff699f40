import { useT } from '../../i18n/i18n.ts';
import { Heading } from '../../components/ds.tsx';
import { AppLink } from '../../components/AppLink.tsx';
import { stepOfField, fieldInputId } from '../wizard/steps.ts';
import type { FieldName } from '../answers.ts';

type OpenQuestion = { field: string; question: string };

/** Unknown facts that would change a status, each linking back to the step and question that asks it. */
export function OpenQuestions({ questions }: { questions: readonly OpenQuestion[] }) {
  const { t } = useT();
  if (questions.length === 0) return null;
  return (
    <section aria-labelledby="apne-sporsmal" className="ds-alert open-questions" data-color="info">
      <Heading level={2} data-size="xs" id="apne-sporsmal">{t.results.openQuestionsTitle}</Heading>
      <p>{t.results.openQuestionsLead}</p>
      <ul>
        {questions.map((question) => {
          const step = stepOfField(question.field);
          return (
            <li key={question.field}>
              {question.question}{' '}
              {step !== null && (
                <AppLink to={`/situasjon/steg/${step}#${fieldInputId(question.field as FieldName)}`}>
                  {t.results.answerQuestion}<span className="visually-hidden">: {question.question}</span>
                </AppLink>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
