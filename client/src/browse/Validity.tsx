import { Alert } from '../components/ds.tsx';
import { useT } from '../i18n/i18n.ts';
import { formatDate } from '../i18n/format.ts';

type Props = { inForce: boolean; validFrom?: string | null | undefined; validTo?: string | null | undefined; missingTranslations?: readonly string[] };

/** Period, "not in force" warning and missing-translation note shown under every entity heading. */
export function Validity({ inForce, validFrom, validTo, missingTranslations = [] }: Props) {
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
      {missingTranslations.length > 0 && <p className="muted">{t.common.missingTranslation}</p>}
    </>
  );
}
