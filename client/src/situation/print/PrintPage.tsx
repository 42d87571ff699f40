import { useT } from '../../i18n/i18n.ts';
import { PageTitle } from '../../components/PageTitle.tsx';

export default function PrintPage() {
  const { t } = useT();
  return <PageTitle title={t.print.title}>{t.print.title}</PageTitle>;
}
