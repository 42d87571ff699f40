import { useNavigate } from 'react-router';
import { Button, Heading, Paragraph } from '../../components/ds.tsx';
import { useT } from '../../i18n/i18n.ts';
import { useAppHref } from '../../app/global-params.ts';
import { PageTitle } from '../../components/PageTitle.tsx';
import { AppLink } from '../../components/AppLink.tsx';
import { useSituation } from '../SituationProvider.tsx';
import { answerText } from '../answer-text.ts';
import { fieldInputId, STEPS } from './steps.ts';
import { ClearAnswersButton } from './ClearAnswersButton.tsx';
import { RememberSwitch } from './RememberSwitch.tsx';

/** S2.9: every answer by step, "Ikke besvart" for blanks, an Endre link back to each question. */
export default function ReviewPage() {
  const { t, locale } = useT();
  const navigate = useNavigate();
  const href = useAppHref();
  const { answers } = useSituation();
  return (
    <>
      <PageTitle title={t.wizard.reviewTitle}>{t.wizard.reviewTitle}</PageTitle>
      <Paragraph>{t.wizard.reviewLead}</Paragraph>
      {STEPS.map((questions, index) => (
        <section key={index} aria-labelledby={`oversikt-steg-${index + 1}`}>
          <Heading level={2} data-size="xs" id={`oversikt-steg-${index + 1}`}>{t.wizard.steps[index]}</Heading>
          <dl className="review-list">
            {questions.filter((question) => !question.showIf || question.showIf(answers)).map((question) => (
              <div key={question.field} style={{ display: 'contents' }}>
                <dt>{t.questions[question.field].label}</dt>
                <dd>{answerText(question.field, answers, t, locale)}</dd>
                <dd>
                  <AppLink to={`/situasjon/steg/${index + 1}#${fieldInputId(question.field)}`}>
                    {t.common.change}<span className="visually-hidden">: {t.questions[question.field].label}</span>
                  </AppLink>
                </dd>
              </div>
            ))}
          </dl>
        </section>
      ))}
      <RememberSwitch />
      <div className="wizard-buttons">
        <Button variant="secondary" onClick={() => navigate(href(`/situasjon/steg/${STEPS.length}`))}>{t.common.back}</Button>
        <Button onClick={() => navigate(href('/resultat'))}>{t.wizard.showResult}</Button>
        <ClearAnswersButton />
      </div>
    </>
  );
}
