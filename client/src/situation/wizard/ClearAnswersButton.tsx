import { useNavigate } from 'react-router';
import { Button } from '../../components/ds.tsx';
import { useT } from '../../i18n/i18n.ts';
import { useAppHref } from '../../app/global-params.ts';
import { useSituation } from '../SituationProvider.tsx';

/** "Slett svarene": always visible in the flow; empties memory and any opted-in storage. */
export function ClearAnswersButton() {
  const { t } = useT();
  const { clear } = useSituation();
  const navigate = useNavigate();
  const href = useAppHref();
  return (
    <Button
      type="button"
      variant="tertiary"
      data-color="danger"
      className="no-print"
      onClick={() => {
        clear();
        navigate(href('/situasjon'), { state: { cleared: true } });
      }}
    >
      {t.wizard.clearAnswers}
    </Button>
  );
}
