import { Alert } from '../components/ds.tsx';
import { useT } from '../i18n/i18n.ts';
import { formatDate } from '../i18n/format.ts';

type Props = { inForce: boolean; validFrom?: string | null | undefined; validTo?: string | null | undefined; missingTranslations?: readonly string[]; fallback?: boolean };

/** Said once per page or card when some of its text fell back to bokmål (the text itself carries lang="nb"). */
export function FallbackNotice() {
  const { t } = useT();
  return <p className="muted fallback-notice">{t.common.missingTranslation}</p>;
}

/** Period, "not in force" warning and missing-translation note shown under every entity heading. */
export function Validity({ inForce, validFrom, validTo, missingTranslations = [], fallback = false }: Props) {
  const { t, locale } = useT();
  const date = (value: string | null | undefined) => (value ? formatDate(value, locale) : t.common.unknownDate);
  return (
    <>
      {!inForce && (
        <Alert data-color="warning">
          {t.common.notInForce}. {t.common.validPeriod(date(validFrom), date(validTo))}.
        </Alert>
      )}
      {inForce && validFrom && <p className="muted">{t.common.validFrom(date(validFrom))}</p>}
      {(missingTranslations.length > 0 || fallback) && <FallbackNotice />}
    </>
  );
}
