import type { ReactNode } from 'react';
import { Link as RouterLink } from 'react-router';
import { useAppHref } from '../app/global-params.ts';

type AppLinkProps = {
  to: string;
  children: ReactNode;
  /** Extra query parameters; `undefined` removes one. */
  params?: Record<string, string | undefined>;
  className?: string;
  'aria-current'?: 'page' | undefined;
  lang?: string;
};

/** An in-app link that keeps the language and as-of date of the current URL. */
export function AppLink({ to, children, params, ...rest }: AppLinkProps) {
  const href = useAppHref();
  return (
    <RouterLink to={href(to, params)} {...rest} className={rest.className ? `ds-link ${rest.className}` : 'ds-link'}>
      {children}
    </RouterLink>
  );
}
