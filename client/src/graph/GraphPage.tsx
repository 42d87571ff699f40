import { useT } from '../i18n/i18n.ts';
import { PageTitle } from '../components/PageTitle.tsx';

export default function GraphPage() {
  const { t } = useT();
  return <PageTitle title={t.graph.title}>{t.graph.title}</PageTitle>;
}
