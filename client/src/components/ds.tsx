/**
 * Thin stand-ins for the Designsystemet React components the explorer uses, rendering the same
 * markup and classes so Designsystemet's CSS styles them. Why: the package's barrel import pulls in
 * every component and its web-component runtime (~60 KB gzip), which broke the 150 KB budget for
 * the first page. Form fields are in situation/wizard/fields.tsx with explicit ARIA wiring.
 */
import { forwardRef, type ButtonHTMLAttributes, type HTMLAttributes, type AnchorHTMLAttributes } from 'react';

type Size = '2xs' | 'xs' | 'sm' | 'md' | 'lg' | 'xl' | '2xl';
type Color = 'accent' | 'neutral' | 'success' | 'danger' | 'warning' | 'info';

const cx = (...names: (string | undefined | false)[]) => names.filter(Boolean).join(' ');

type HeadingProps = HTMLAttributes<HTMLHeadingElement> & { level?: 1 | 2 | 3 | 4 | 5 | 6; 'data-size'?: Size };
export const Heading = forwardRef<HTMLHeadingElement, HeadingProps>(function Heading({ level = 2, className, ...rest }, ref) {
  const Tag = `h${level}` as const;
  return <Tag ref={ref} className={cx('ds-heading', className)} {...rest} />;
});

type ParagraphProps = HTMLAttributes<HTMLParagraphElement> & { 'data-size'?: Size };
export function Paragraph({ className, ...rest }: ParagraphProps) {
  return <p className={cx('ds-paragraph', className)} {...rest} />;
}

type AlertProps = HTMLAttributes<HTMLDivElement> & { 'data-color'?: Color; 'data-size'?: Size };
export function Alert({ className, 'data-color': color = 'info', ...rest }: AlertProps) {
  return <div className={cx('ds-alert', className)} data-color={color} {...rest} />;
}

type ButtonProps = ButtonHTMLAttributes<HTMLButtonElement> & { variant?: 'primary' | 'secondary' | 'tertiary'; 'data-size'?: Size; 'data-color'?: Color };
export const Button = forwardRef<HTMLButtonElement, ButtonProps>(function Button({ className, variant = 'primary', type = 'button', ...rest }, ref) {
  return <button ref={ref} type={type} className={cx('ds-button', className)} data-variant={variant} {...rest} />;
});

type TagProps = HTMLAttributes<HTMLSpanElement> & { 'data-color'?: Color; 'data-size'?: Size };
export function Tag({ className, ...rest }: TagProps) {
  return <span className={cx('ds-tag', className)} {...rest} />;
}

type CardProps = HTMLAttributes<HTMLDivElement> & { 'data-variant'?: 'default' | 'tinted'; 'data-color'?: Color };
export function Card({ className, ...rest }: CardProps) {
  return <div className={cx('ds-card', className)} {...rest} />;
}

export function SkipLink({ className, ...rest }: AnchorHTMLAttributes<HTMLAnchorElement>) {
  return <a className={cx('ds-skip-link', className)} {...rest} />;
}

/** Designsystemet's spinner as an image with a text alternative. */
export function Spinner({ label, size = 'md' }: { label: string; size?: Size }) {
  return (
    <svg className="ds-spinner" role="img" aria-label={label} viewBox="0 0 50 50" data-size={size}>
      <circle className="ds-spinner__background" cx="25" cy="25" r="20" fill="none" strokeWidth="5" />
      <circle className="ds-spinner__circle" cx="25" cy="25" r="20" fill="none" strokeWidth="5" />
    </svg>
  );
}
