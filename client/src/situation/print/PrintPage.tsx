import { useEffect } from 'react';
import { useQuery } from 'urql';
import { getFragmentData } from '../../gql/index.ts';
import { useT } from '../../i18n/i18n.ts';
import { formatDate, todayInNorway } from '../../i18n/format.ts';
import { Button, Heading, Paragraph } from '../../components/ds.tsx';
import { PageTitle } from '../../components/PageTitle.tsx';
import { AppLink } from '../../components/AppLink.tsx';
import { QueryState } from '../../components/QueryState.tsx';
import { FooterDataVersionQuery, shortVersion } from '../../shell/Footer.tsx';
import { useSituation } from '../SituationProvider.tsx';
import { useSituationResult } from '../situation-query.ts';
import { answerText } from '../answer-text.ts';
import { SENSITIVE_FIELDS, type FieldName, type TriField } from '../answers.ts';
import { STEPS } from '../wizard/steps.ts';
import { AssessmentCardFragment, ResultInstrumentFragment } from '../results/AssessmentCard.tsx';
import { CombinationPlanFragment } from '../results/CombinationsPanel.tsx';
import { StatusTag } from '../results/StatusTag.tsx';
import { FallbackNotice } from '../../browse/Validity.tsx';

const fallbackLang = (missing: readonly string[], field: string) => (missing.includes(field) ? 'nb' : undefined);
const isSensitive = (field: FieldName) => SENSITIVE_FIELDS.has(field as TriField);

/**
 * S4: the A4 hand-out for the citizen. Print CSS hides the site chrome; the sheet keeps to the
 * essentials (answers, what may apply, next steps, documents, contacts, "not a decision") so it fits
 * on at most three pages. Sensitive answers are left out.
 */
export default function PrintPage() {
  const { t, locale } = useT();
  const { answers } = useSituation();
  const { data, fetching, error, input, reexecute } = useSituationResult(answers);
  const [{ data: versionData }] = useQuery({ query: FooterDataVersionQuery });

  useEffect(() => {
    document.body.classList.add('printing-sheet');
    return () => document.body.classList.remove('printing-sheet');
  }, []);

  if (!input) {
    return (
      <>
        <PageTitle title={t.print.title}>{t.print.title}</PageTitle>
        <Paragraph>{t.results.noAnswers}</Paragraph>
        <AppLink to="/situasjon">{t.results.toWizard}</AppLink>
      </>
    );
  }

  const result = data?.situation;
  const relevant = (result?.assessments ?? [])
    .map((assessment) => getFragmentData(AssessmentCardFragment, assessment))
    .filter((assessment) => assessment.status !== 'UNLIKELY')
    .map((assessment) => ({ assessment, instrument: getFragmentData(ResultInstrumentFragment, assessment.instrument) }));
  const plans = (result?.combinations ?? []).map((plan) => getFragmentData(CombinationPlanFragment, plan));
  // Next steps: the order of the first plan first, then the other relevant instruments.
  const ordered = [...new Set([...plans.flatMap((plan) => plan.steps.map((step) => step.instrumentId)), ...relevant.map((item) => item.assessment.instrumentId)])];
  const nextSteps = ordered
    .map((id) => relevant.find((item) => item.assessment.instrumentId === id))
    .filter((item) => item !== undefined);
  // One merged checklist; a document that fell back to bokmål keeps lang="nb".
  const documents = [
    ...new Map(
      relevant.flatMap((item) => item.instrument.documentsToBring).filter((document) => document.text).map((document) => [document.text ?? '', document.fallback] as const),
    ),
  ];
  const contacts = [...new Set(relevant.flatMap((item) => item.instrument.decidedBy.map((actor) => actor.name)))];
  const version = versionData?.dataVersion.checksum;
  const fellBack = relevant.some(({ instrument }) => instrument.missingTranslations.length > 0 || instrument.documentsToBring.some((document) => document.fallback));

  return (
    <div className="print-sheet">
      <div className="row no-print">
        <Button onClick={() => window.print()}>{t.print.printNow}</Button>
        <AppLink to="/resultat">{t.print.backToResults}</AppLink>
      </div>
      <PageTitle title={t.print.title}>{t.print.title}</PageTitle>
      <p className="print-meta">
        {t.print.madeOn(formatDate(todayInNorway(), locale))}
        {version && <> · {t.print.dataVersion(shortVersion(version))}</>}
        {' · '}{t.print.language}: {t.languages[locale]}
        {result && <> · {t.results.asOfNote(formatDate(result.asOf, locale))}</>}
      </p>
      {fellBack && <FallbackNotice />}
      <QueryState fetching={fetching && !data} error={error} retry={() => reexecute({ requestPolicy: 'network-only' })}>
        <section aria-labelledby="svar">
          <Heading level={2} data-size="xs" id="svar">{t.print.answersTitle}</Heading>
          <ul className="print-answers">
            {STEPS.flat().filter((question) => !isSensitive(question.field) && (!question.showIf || question.showIf(answers))).map((question) => (
              <li key={question.field}>{t.questions[question.field].label} <strong>{answerText(question.field, answers, t, locale)}</strong></li>
            ))}
          </ul>
          <p className="muted">{t.print.sensitiveLeftOut}</p>
        </section>
        <section aria-labelledby="aktuelt">
          <Heading level={2} data-size="xs" id="aktuelt">{t.print.instrumentsTitle}</Heading>
          {relevant.length === 0 && <p>{t.results.zeroTitle}</p>}
          {relevant.map(({ assessment, instrument }) => (
            <div key={instrument.id} className="print-instrument" data-instrument={instrument.id}>
              <Heading level={3} data-size="2xs"><span lang={fallbackLang(instrument.missingTranslations, 'name')}>{instrument.name}</span> – <StatusTag status={assessment.status} /></Heading>
              {instrument.description && <p lang={fallbackLang(instrument.missingTranslations, 'description')}>{instrument.description}</p>}
              <p><strong>{t.results.whoDecides}:</strong> {instrument.decidedBy.map((actor) => actor.name).join(', ') || t.common.none}</p>
              <p><strong>{t.results.howToApply}:</strong> <span lang={instrument.howToApply ? fallbackLang(instrument.missingTranslations, 'howToApply') : undefined}>{instrument.howToApply ?? t.results.howToApplyMissing}</span></p>
            </div>
          ))}
        </section>
        <section aria-labelledby="neste-steg">
          <Heading level={2} data-size="xs" id="neste-steg">{t.print.nextStepsTitle}</Heading>
          <ol>
            {nextSteps.map(({ instrument }) => (
              <li key={instrument.id}>{t.print.applyAt(instrument.name, instrument.decidedBy.map((actor) => actor.name).join(', ') || t.results.whoDecides.toLowerCase())}</li>
            ))}
          </ol>
        </section>
        <section aria-labelledby="dokumenter">
          <Heading level={2} data-size="xs" id="dokumenter">{t.print.documentsTitle}</Heading>
          {documents.length > 0 ? (
            <ul className="checklist">
              {documents.map(([document, fallback]) => <li key={document}><span aria-hidden="true">☐ </span><span lang={fallback ? 'nb' : undefined}>{document}</span></li>)}
            </ul>
          ) : (
            <p>{t.results.noDocuments}</p>
          )}
        </section>
        <section aria-labelledby="kontakt">
          <Heading level={2} data-size="xs" id="kontakt">{t.print.contactTitle}</Heading>
          <p>{contacts.join(', ') || t.common.none}</p>
        </section>
        <section aria-labelledby="ikke-vedtak" className="not-a-decision">
          <Heading level={2} data-size="xs" id="ikke-vedtak">{t.print.notDecisionTitle}</Heading>
          <p>{t.results.notADecision}</p>
        </section>
      </QueryState>
    </div>
  );
}
