import { useT } from '../../i18n/i18n.ts';
import { Heading } from '../../components/ds.tsx';
import { AppLink } from '../../components/AppLink.tsx';
import type { Lang } from '../../gql/graphql.ts';

export type NoticeData = {
  id: string;
  urgent: boolean;
  title: string;
  text: string;
  steps: readonly string[];
  language: Lang;
  contacts: readonly { id: string; name: string }[];
};

/** "Gjør dette nå": the urgent notices first on the results, each with its steps in order and whom to contact. */
export function NoticesPanel({ notices, print = false }: { notices: readonly NoticeData[]; print?: boolean }) {
  const { t, locale } = useT();
  const urgent = notices.filter((notice) => notice.urgent);
  if (urgent.length === 0) return null;
  const langOf = (language: Lang) => (language.toLowerCase() === locale ? undefined : language.toLowerCase());
  return (
    <section aria-labelledby="gjor-dette-na" className="ds-alert act-now" data-color="danger">
      <Heading level={2} data-size="sm" id="gjor-dette-na">{print ? t.print.actNowTitle : t.results.actNowTitle}</Heading>
      {urgent.map((notice) => (
        <div key={notice.id} className="notice" data-notice={notice.id} lang={langOf(notice.language)}>
          <Heading level={3} data-size="xs">{notice.title}</Heading>
          <p>{notice.text}</p>
          {notice.steps.length > 0 && (
            <>
              <p><strong>{t.results.noticeSteps}:</strong></p>
              <ol className="notice-steps">
                {notice.steps.map((step) => <li key={step}>{step}</li>)}
              </ol>
            </>
          )}
          {notice.contacts.length > 0 && (
            <p className="notice-contacts">
              <strong>{t.results.noticeContacts}:</strong>{' '}
              {notice.contacts.map((contact, index) => (
                <span key={contact.id}>
                  {index > 0 && ', '}
                  {print ? contact.name : <AppLink to={`/aktor/${contact.id}`}>{contact.name}</AppLink>}
                </span>
              ))}
            </p>
          )}
        </div>
      ))}
    </section>
  );
}
