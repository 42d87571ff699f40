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
import { sourceStatus } from '../../browse/SourceList.tsx';
import type { AssessmentStatus } from '../../gql/graphql.ts';

type AssessmentRef = FragmentType<typeof AssessmentCardFragment> & { instrumentId: string; status: AssessmentStatus };

/** S3: instruments grouped Aktuelt / Kan være aktuelt / Ikke aktuelt nå, each explained. */
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
  const byStatus = (status: AssessmentStatus): AssessmentRef[] => (result?.assessments ?? []).filter((assessment) => assessment.status === status);
  const likely = byStatus('LIKELY');
  const possible = byStatus('POSSIBLE');
  const unlikely = byStatus('UNLIKELY');

  const sourceTitles = useMemo(() => {
    const titles = new Map<string, string>();
    for (const assessment of result?.assessments ?? []) {
      const instrument = getFragmentData(ResultInstrumentFragment, getFragmentData(AssessmentCardFragment, assessment).instrument);
      for (const item of instrument.sources) {
        titles.set(item.id, `${item.title} (${sourceStatus(item, t, locale)})`);
      }
    }
    return titles;
  }, [result, t, locale]);

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

  const group = (id: string, title: string, items: AssessmentRef[], defaultOpen: boolean) => (
    <section aria-labelledby={id} className="result-group" data-group={id}>
      <Heading level={2} data-size="sm" id={id}>{title} <span className="muted">({t.results.groupCount(items.length)})</span></Heading>
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
            <p className="muted">{t.results.asOfNote(formatDate(result.asOf, locale))} {t.results.notADecision}</p>
            {showCompare && <ComparePanel />}
            <OpenQuestions questions={result.openQuestions} />
            {likely.length + possible.length === 0 ? (
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
            {likely.length > 0 && group('aktuelt', t.results.groupLikely, likely, true)}
            {possible.length > 0 && group('kan-vaere-aktuelt', t.results.groupPossible, possible, true)}
            <CombinationsPanel combinations={result.combinations} sourceTitle={(id) => sourceTitles.get(id)} />
            <WhyNotPanel assessments={result.assessments} />
            {unlikely.length > 0 && (
              <details className="unlikely-group">
                <summary>{t.results.groupUnlikely} ({t.results.groupCount(unlikely.length)})</summary>
                {group('ikke-aktuelt', t.results.groupUnlikely, unlikely, false)}
              </details>
            )}
          </>
        )}
      </QueryState>
    </>
  );
}
