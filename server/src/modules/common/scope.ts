import { badUserInput } from '../../errors.ts';
import type { Lang } from './lang.ts';
import type { ReadScope } from '../entity/entity-model.ts';
import { isIsoDate, todayInNorway } from './date-scalar.ts';

const LANGS = new Set<Lang>(['NB', 'NN', 'EN']);

/** The date and language of a root field, with today (in Norway) and bokmål as defaults. */
export function readScope(args: { asOf?: string | null; lang?: string | null }): ReadScope {
  const asOf = args.asOf ?? todayInNorway();
  if (!isIsoDate(asOf)) throw badUserInput('`asOf` must be a date written YYYY-MM-DD.', 'asOf');
  const lang = (args.lang ?? 'NB') as Lang;
  if (!LANGS.has(lang)) throw badUserInput('`lang` must be NB, NN or EN.', 'lang');
  return { asOf, lang };
}
