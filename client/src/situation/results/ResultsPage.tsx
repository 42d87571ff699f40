import { useMemo, useState } from 'react';
import { useNavigate } from 'react-router';
import { getFragmentData, type FragmentType } from '../../gql/index.ts';
import { useT } from '../../i18n/i18n.ts';
import { formatDate } from '../../i18n/format.ts';
import { useAppHref } from '../../app/global-params.ts';
import { Alert, Button, Heading, Paragraph } from '../../components/ds.tsx';
import { PageTitle } from '../../components/PageTitle.tsx';
import { AppLink } from '../../components/AppLink.tsx';
import { QueryState } from '../../components/QueryState.tsx';
import { useSituation } from '../SituationProvider.tsx';
import { useSituationResult } from '../situation-query.ts';
import { answersRecap } from '../answer-text.ts';
import { ClearAnswersButton } from '../wizard/ClearAnswersButton.tsx';
import { AssessmentCard, AssessmentCardFragment, ResultInstrumentFragment } from './AssessmentCard.tsx';
import { CombinationsPanel } from './CombinationsPanel.tsx';
import { OpenQuestions } from './OpenQuestions.tsx';
import { WhyNotPanel } from './WhyNotPanel.tsx';
import { ShareLink } from './ShareLink.tsx';
import { ComparePanel } from './ComparePanel.tsx';
import { useSourceIndex } from './source-index.ts';
import type { AssessmentStatus, Relevance } from '../../gql/graphql.ts';
import { NoticesPanel } from './NoticesPanel.tsx';

type AssessmentRef = FragmentType<typeof AssessmentCardFragment> & { instrumentId: string; status: AssessmentStatus; relevance: Relevance };

/**
 * S3: an "act now" block when something is urgent; then the instruments grouped by why they are in
 * the answer: "Det dere spurte om" (ASKED), "Også aktuelt" (INDICATED), and the rest collapsed
 * (OTHER, and whatever is unlikely now). Each group keeps the API's order.
 */
export default function ResultsPage() {
  const { t, locale } = useT();
  const navigate = useNavigate();
  const href = useAppHref();
  const { answers } = useSituation();
  const { data, fetching, error, input, reexecute } = useSituationResult(answers);
  const [showCompare, setShowCompare] = useState(false);
  // Bumping the generation re-mounts the cards with all details open or closed (Åpne alle / Lukk alle).
  const [expand, setExpand] = useState<{ generation: number; open: boolean | null }>({ generation: 0, open: null });

  const result = data?.situation;
  const all: AssessmentRef[] = result?.assessments ?? [];
  const fits = (assessment: AssessmentRef) => assessment.status !== 'UNLIKELY';
  const asked = all.filter((assessment) => fits(assessment) && assessment.relevance === 'ASKED');
  const indicated = all.filter((assessment) => fits(assessment) && assessment.relevance === 'INDICATED');
  const rest = all.filter((assessment) => !asked.includes(assessment) && !indicated.includes(assessment));

  const sources = useSourceIndex();
  const { names, reasons } = useMemo(() => {
    const names = new Map<string, string>();
    const reasons = new Map<string, readonly string[]>();
    for (const ref of result?.assessments ?? []) {
      const assessment = getFragmentData(AssessmentCardFragment, ref);
      names.set(assessment.instrumentId, getFragmentData(ResultInstrumentFragment, assessment.instrument).name);
      reasons.set(assessment.instrumentId, assessment.reasons);
    }
    return { names, reasons };
  }, [result]);

  if (!input) {
    return (
      <>
        <PageTitle title={t.results.title}>{t.results.title}</PageTitle>
        <Paragraph>{t.results.noAnswers}</Paragraph>
        <div className="row">
          <AppLink to="/situasjon">{t.results.toWizard}</AppLink>
        </div>
      </>
    );
  }

  const group = (id: string, title: string, items: AssessmentRef[], defaultOpen: boolean, lead?: string) => (
    <section aria-labelledby={id} className="result-group" data-group={id}>
      <Heading level={2} data-size="sm" id={id}>{title} <span className="muted">({t.results.groupCount(items.length)})</span></Heading>
      {lead && <p className="muted">{lead}</p>}
      <ul className="plain-list result-list">
        {items.map((assessment) => (
          <li key={`${assessment.instrumentId}-${expand.generation}`}>
            <AssessmentCard assessment={assessment} defaultOpen={expand.open ?? defaultOpen} />
          </li>
        ))}
      </ul>
    </section>
  );

  return (
    <>
      <PageTitle title={t.results.title}>{t.results.title}</PageTitle>
      <p className="results-recap">
        {answersRecap(answers, t)} · <AppLink to="/situasjon/oversikt">{t.results.changeAnswers}</AppLink>
      </p>
      <div className="row no-print results-actions">
        <Button onClick={() => navigate(href('/resultat/utskrift'))}>{t.results.print}</Button>
        <ShareLink />
        <Button variant="secondary" aria-expanded={showCompare} onClick={() => setShowCompare((shown) => !shown)}>{t.results.compare}</Button>
        <ClearAnswersButton />
      </div>
      {answers.housing === 'HOMELESS' && <Alert data-color="danger">{t.wizard.urgentBanner}</Alert>}
      <p role="status" className="visually-hidden">{result ? t.results.updated(result.assessments.length) : ''}</p>
      <QueryState fetching={fetching && !data} error={error} retry={() => reexecute({ requestPolicy: 'network-only' })}>
        {result && (
          <>
            <NoticesPanel notices={result.notices} />
            <p className="muted">{t.results.asOfNote(formatDate(result.asOf, locale))} {t.results.notADecision}</p>
            {showCompare && <ComparePanel />}
            <OpenQuestions questions={result.openQuestions} />
            {asked.length + indicated.length === 0 ? (
              <Alert data-color="info">
                <Heading level={2} data-size="xs">{t.results.zeroTitle}</Heading>
                <p>{t.results.zeroBody}</p>
                <div className="row">
                  <AppLink to="/situasjon/oversikt">{t.wizard.reviewStep}</AppLink>
                  <AppLink to="/utforsk">{t.results.allInstruments}</AppLink>
                </div>
              </Alert>
            ) : (
              <div className="row no-print">
                <Button variant="tertiary" onClick={() => setExpand(({ generation }) => ({ generation: generation + 1, open: true }))}>{t.common.openAll}</Button>
                <Button variant="tertiary" onClick={() => setExpand(({ generation }) => ({ generation: generation + 1, open: false }))}>{t.common.closeAll}</Button>
              </div>
            )}
            {asked.length > 0 && group('spurte-om', t.results.groupAsked, asked, true)}
            {indicated.length > 0 && group('ogsa-aktuelt', t.results.groupIndicated, indicated, true, t.results.groupIndicatedLead)}
            <CombinationsPanel combinations={result.combinations} sources={sources} names={names} reasons={reasons} />
            <WhyNotPanel assessments={result.assessments} />
            {rest.length > 0 && (
              <details className="unlikely-group">
                <summary>{t.results.groupOther} ({t.results.groupCount(rest.length)})</summary>
                {group('andre', t.results.groupOther, rest, false, t.results.groupOtherLead)}
              </details>
            )}
          </>
        )}
      </QueryState>
    </>
  );
}
