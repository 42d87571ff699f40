/**
 * The API's DateTime values (an ISO instant; typed `unknown` by codegen, which maps only `Date`),
 * shown as a date and time in Norway, whatever the reader's own time zone.
 */
import { intlTag, type Locale } from '../i18n/locale.ts';

export function formatDateTime(value: unknown, locale: Locale): string {
  if (typeof value !== 'string') return '';
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  return new Intl.DateTimeFormat(intlTag(locale), { day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Oslo' }).format(date);
}

/** Just the day, for lists. */
export function formatDay(value: unknown, locale: Locale): string {
  if (typeof value !== 'string') return '';
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  return new Intl.DateTimeFormat(intlTag(locale), { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Oslo' }).format(date);
}
