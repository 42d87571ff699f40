import { useLocation } from 'react-router';
import { Alert, Paragraph } from '../components/ds.tsx';
import { useEditT } from './use-edit-t.ts';
import { signInHref, useSession } from './session.ts';

/** What a signed-out (or wrong-role) visitor sees on an editing screen, with the way in. */
export function SignInPrompt({ message }: { message: string }) {
  const { t } = useEditT();
  const location = useLocation();
  const session = useSession();
  return (
    <Alert data-color="info" className="edit-sign-in">
      <Paragraph>{message}</Paragraph>
      {session?.signInAvailable !== false && !session?.signedIn && (
        <Paragraph>
          <a className="ds-link" href={signInHref(`${location.pathname}${location.search}`)}>{t.edit.signIn}</a>
        </Paragraph>
      )}
    </Alert>
  );
}
