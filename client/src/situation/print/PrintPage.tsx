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
import { isAnswered, isPrintSensitive } from '../answers.ts';
import { STEPS } from '../wizard/steps.ts';
import { AssessmentCardFragment, ResultInstrumentFragment, contactWho } from '../results/AssessmentCard.tsx';
import { NoticesPanel } from '../results/NoticesPanel.tsx';
import { CombinationPlanFragment } from '../results/CombinationsPanel.tsx';
import { StatusTag } from '../results/StatusTag.tsx';
import { FallbackNotice } from '../../browse/Validity.tsx';

const fallbackLang = (missing: readonly string[], field: string) => (missing.includes(field) ? 'nb' : undefined);
/** Ends a text with one full stop, never two. */
const sentence = (text: string) => (/[.!?]$/.test(text.trim()) ? text.trim() : `${text.trim()}.`);
const MIN_STEPS = 3;
const MAX_STEPS = 5;

/**
 * S4: the A4 hand-out for the citizen. Print CSS hides the site chrome; the sheet keeps to the
 * essentials (answers, what to do now, the chosen plan's first steps, documents, contacts with their
 * addresses, what else may apply, "not a decision") so it fits on at most three pages. Sensitive
 * answers (functional ability, substance use, refugee status, prison, residence) are never printed,
 * nor the API's reasons, which may repeat them.
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
  const assessed = (result?.assessments ?? [])
    .map((assessment) => getFragmentData(AssessmentCardFragment, assessment))
    .map((assessment) => ({ assessment, instrument: getFragmentData(ResultInstrumentFragment, assessment.instrument) }));
  const byId = new Map(assessed.map((item) => [item.assessment.instrumentId, item]));
  // What fits and answers the household: asked for, or indicated by the facts (the API's order).
  const relevant = assessed.filter(({ assessment }) => assessment.status !== 'UNLIKELY' && assessment.relevance !== 'OTHER');
  const plans = (result?.combinations ?? []).map((plan) => getFragmentData(CombinationPlanFragment, plan));
  // "Dette må dere gjøre nå": the chosen (first) plan's first steps in its order; topped up to three
  // from what fits when the plan is shorter, never more than five.
  const planSteps = (plans[0]?.steps ?? []).map((step) => byId.get(step.instrumentId)).filter((item) => item !== undefined);
  const steps = [...planSteps.slice(0, MAX_STEPS)];
  for (const item of relevant) {
    if (steps.length >= MIN_STEPS) break;
    if (!steps.includes(item)) steps.push(item);
  }
  const also = relevant.filter((item) => !steps.includes(item));
  // One merged checklist for the steps; a document that fell back to bokmål keeps lang="nb".
  const documents = [
    ...new Map(
      steps.flatMap((item) => item.instrument.documentsToBring).filter((document) => document.text).map((document) => [document.text ?? '', document.fallback] as const),
    ),
  ];
  const where = (item: (typeof steps)[number]) => contactWho(item.instrument, t.results.contactFallback);
  // Contact lines: whom to contact for each step, with the page to use (printed with its address).
  const contacts = [
    ...new Map(
      steps.map((item) => {
        const page = item.instrument.applicationPage?.url ? item.instrument.applicationPage : item.instrument.informationPage;
        return [`${where(item)}|${page?.url ?? ''}`, { who: where(item), page: page?.url ? page : null }] as const;
      }),
    ).values(),
  ];
  const version = versionData?.dataVersion.checksum;
  const fellBack = [...steps, ...also].some(({ instrument }) => instrument.missingTranslations.length > 0 || instrument.documentsToBring.some((document) => document.fallback));

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
            {STEPS.flat().filter((question) => !isPrintSensitive(question.field) && (!question.showIf || question.showIf(answers)) && (question.required || isAnswered(question.field, answers))).map((question) => (
              <li key={question.field}>{t.questions[question.field].label} <strong>{answerText(question.field, answers, t, locale)}</strong></li>
            ))}
          </ul>
          <p className="muted">{t.print.sensitiveLeftOut}</p>
        </section>
        <NoticesPanel notices={result?.notices ?? []} print />
        <section aria-labelledby="neste-steg">
          <Heading level={2} data-size="xs" id="neste-steg">{t.print.nextStepsTitle}</Heading>
          {steps.length === 0 ? (
            <p>{t.results.zeroTitle}. {t.results.contact(t.results.contactFallback)}</p>
          ) : (
            <>
              <p>{t.print.nextStepsLead}</p>
              <ol className="print-steps">
                {steps.map(({ assessment, instrument }) => (
                  <li key={instrument.id} className="print-step" data-instrument={instrument.id}>
                    <span lang={fallbackLang(instrument.missingTranslations, 'name')}>
                      {instrument.applyTo.length > 0 || instrument.decidedBy.length > 0
                        ? t.print.stepApply(instrument.name, where({ assessment, instrument }))
                        : t.print.stepContact(instrument.name, where({ assessment, instrument }))}
                    </span>{' '}
                    <StatusTag status={assessment.status} />
                    {instrument.processingTime?.text && (
                      <> <span className="step-detail">{t.results.processingTime}: <span lang={instrument.processingTime.fallback ? 'nb' : undefined}>{sentence(instrument.processingTime.text)}</span></span></>
                    )}
                    {instrument.appealDeadline?.text && (
                      <> <span className="step-detail">{t.results.appealDeadline}: <span lang={instrument.appealDeadline.fallback ? 'nb' : undefined}>{sentence(instrument.appealDeadline.text)}</span></span></>
                    )}
                  </li>
                ))}
              </ol>
            </>
          )}
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
          <ul className="print-contacts">
            {contacts.map(({ who, page }) => (
              <li key={`${who}|${page?.url ?? ''}`}>
                {who}
                {page?.url && <>: <a className="ds-link" href={page.url} rel="noreferrer" lang={page.title && page.fallback ? 'nb' : undefined}>{page.title ?? page.url}</a></>}
              </li>
            ))}
            {contacts.length === 0 && <li>{t.results.contactFallback}</li>}
          </ul>
        </section>
        {also.length > 0 && (
          <section aria-labelledby="aktuelt">
            <Heading level={2} data-size="xs" id="aktuelt">{t.print.alsoTitle}</Heading>
            <ul className="print-also">
              {also.map(({ assessment, instrument }) => (
                <li key={instrument.id} className="print-instrument" data-instrument={instrument.id}>
                  <span lang={fallbackLang(instrument.missingTranslations, 'name')}>{instrument.name}</span> – <StatusTag status={assessment.status} /> – {instrument.applyTo.length > 0 ? `${t.results.applyAt}: ${contactWho(instrument, t.results.contactFallback)}` : t.results.contact(contactWho(instrument, t.results.contactFallback))}
                </li>
              ))}
            </ul>
          </section>
        )}
        <section aria-labelledby="ikke-vedtak" className="not-a-decision">
          <Heading level={2} data-size="xs" id="ikke-vedtak">{t.print.notDecisionTitle}</Heading>
          <p>{t.results.notADecision}</p>
        </section>
      </QueryState>
    </div>
  );
}
