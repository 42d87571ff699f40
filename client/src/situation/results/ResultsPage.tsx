import { useT } from '../../i18n/i18n.ts';
import { PageTitle } from '../../components/PageTitle.tsx';

export default function ResultsPage() {
  const { t } = useT();
  return <PageTitle title={t.results.title}>{t.results.title}</PageTitle>;
}
