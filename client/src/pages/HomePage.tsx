import { Alert, Card, Heading, Paragraph } from '../components/ds.tsx';
import { useT } from '../i18n/i18n.ts';
import { PageTitle } from '../components/PageTitle.tsx';
import { AppLink } from '../components/AppLink.tsx';

/** S1: three ways in, an always-visible urgent box, and questions people ask. */
export function HomePage() {
  const { t } = useT();
  const entries = [
    { to: '/situasjon', title: t.home.findTitle, body: t.home.findBody },
    { to: '/utforsk', title: t.home.exploreTitle, body: t.home.exploreBody },
    { to: '/graf', params: { fokus: 'startlan' }, title: t.home.graphTitle, body: t.home.graphBody },
  ];
  const questions = [
    { text: t.home.questionChildren, to: '/sok', params: { q: 'barnefamilier' } },
    { text: t.home.questionHusbanken, to: '/aktor/husbanken' },
    { text: t.home.questionEviction, to: '/sok', params: { q: 'utkastelse' } },
  ];
  return (
    <>
      <PageTitle title={t.home.title}>{t.home.title}</PageTitle>
      <Paragraph data-size="lg" className="lead">{t.home.intro}</Paragraph>
      <Alert data-color="warning" className="urgent-box">
        <Heading level={2} data-size="xs">{t.home.urgentTitle}</Heading>
        <Paragraph>{t.home.urgentBody}</Paragraph>
        <AppLink to="/sok" params={{ q: 'midlertidig botilbud' }}>{t.home.urgentLink}</AppLink>
      </Alert>
      <ul className="entry-cards">
        {entries.map((entry) => (
          <li key={entry.to}>
            <Card data-variant="tinted" className="entry-card">
              <Heading level={2} data-size="sm">
                <AppLink to={entry.to} {...(entry.params ? { params: entry.params } : {})}>{entry.title}</AppLink>
              </Heading>
              <Paragraph>{entry.body}</Paragraph>
            </Card>
          </li>
        ))}
      </ul>
      <section aria-labelledby="questions-heading">
        <Heading level={2} data-size="sm" id="questions-heading">{t.home.questionsTitle}</Heading>
        <ul className="plain-list">
          {questions.map((question) => (
            <li key={question.text}>
              <AppLink to={question.to} {...(question.params ? { params: question.params } : {})}>{question.text}</AppLink>
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
