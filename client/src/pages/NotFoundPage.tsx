import { Paragraph } from '../components/ds.tsx';
import { useT } from '../i18n/i18n.ts';
import { PageTitle } from '../components/PageTitle.tsx';
import { AppLink } from '../components/AppLink.tsx';

export function NotFoundPage() {
  const { t } = useT();
  return (
    <>
      <PageTitle title={t.common.notFoundTitle}>{t.common.notFoundTitle}</PageTitle>
      <Paragraph>{t.common.notFoundBody}</Paragraph>
      <AppLink to="/">{t.common.toFrontPage}</AppLink>
    </>
  );
}
