/** Dates and numbers through Intl, so nb, nn and en each get their own conventions. */
import { intlTag, type Locale } from './locale.ts';

/** `2026-11-24` → `24. november 2026` (nb) without time-zone shifts: the date is a calendar date. */
export function formatDate(isoDate: string, locale: Locale): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  if (!year || !month || !day) return isoDate;
  const date = new Date(Date.UTC(year, month - 1, day));
  return new Intl.DateTimeFormat(intlTag(locale), { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date);
}

export function formatNumber(value: number, locale: Locale): string {
  return new Intl.NumberFormat(intlTag(locale)).format(value);
}

export function formatKroner(value: number, locale: Locale): string {
  return new Intl.NumberFormat(intlTag(locale), { style: 'currency', currency: 'NOK', maximumFractionDigits: 0 }).format(value);
}

/** Today's calendar date in Norway as YYYY-MM-DD (the API's `Date` is Norwegian time). */
export function todayInNorway(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Oslo' }).format(new Date());
}
