import { useLocation, useNavigate } from 'react-router';
import { Alert, Button, Heading, Paragraph } from '../../components/ds.tsx';
import { useT } from '../../i18n/i18n.ts';
import { useAppHref } from '../../app/global-params.ts';
import { PageTitle } from '../../components/PageTitle.tsx';
import { useSituation } from '../SituationProvider.tsx';
import { hasAnyAnswer } from '../answers.ts';
import { RememberSwitch } from './RememberSwitch.tsx';
import { ClearAnswersButton } from './ClearAnswersButton.tsx';

/** S2.0: what the wizard does, three notices, what to have at hand, then Start. */
export default function WizardIntroPage() {
  const { t } = useT();
  const navigate = useNavigate();
  const href = useAppHref();
  const location = useLocation();
  const { answers } = useSituation();
  const cleared = (location.state as { cleared?: boolean } | null)?.cleared === true;
  const started = hasAnyAnswer(answers);
  return (
    <>
      <PageTitle title={t.wizard.title}>{t.wizard.title}</PageTitle>
      <div role="status">{cleared && !started && <Alert data-color="success">{t.wizard.cleared}</Alert>}</div>
      <Paragraph data-size="lg" className="lead">{t.wizard.introLead}</Paragraph>
      <Paragraph>{t.wizard.introTime}</Paragraph>
      <Alert data-color="info">
        <ul className="ds-list">
          <li>{t.wizard.noticeNotApplication}</li>
          <li>{t.wizard.noticeApplyAtDecider}</li>
          <li>{t.wizard.noticeNotStored}</li>
        </ul>
      </Alert>
      <section aria-labelledby="ha-for-handen">
        <Heading level={2} data-size="xs" id="ha-for-handen">{t.wizard.haveAtHandTitle}</Heading>
        <ul className="ds-list">
          <li>{t.wizard.haveAtHand1}</li>
          <li>{t.wizard.haveAtHand2}</li>
          <li>{t.wizard.haveAtHand3}</li>
        </ul>
        <Paragraph>{t.wizard.haveAtHandEstimate}</Paragraph>
      </section>
      <RememberSwitch />
      <div className="wizard-buttons">
        <Button onClick={() => navigate(href('/situasjon/steg/1'))}>{started ? t.wizard.continueAnswers : t.wizard.start}</Button>
        {started && <ClearAnswersButton />}
      </div>
    </>
  );
}
