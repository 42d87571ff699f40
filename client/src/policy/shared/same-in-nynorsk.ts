/**
 * The check nynorsk.test.ts makes of the shared dictionaries, for a page's own texts: every
 * bokmål key has a nynorsk text, and none is left as the bokmål one unless allowed.
 */
type Text = (...args: never[]) => unknown;
const isText = (value: unknown): value is Text => typeof value === 'function';
// Strings, so a text may call string methods on any argument; numbers print the same.
const SAMPLE_ARGUMENTS = ['1', '3'];

/** Every entry as key → the texts it can produce (functions called with sample arguments). */
export function textsOf(dictionary: unknown, prefix = ''): Map<string, string[]> {
  const result = new Map<string, string[]>();
  if (typeof dictionary === 'string') result.set(prefix, [dictionary]);
  else if (isText(dictionary)) {
    result.set(prefix, SAMPLE_ARGUMENTS.map((sample) => String(Reflect.apply(dictionary, undefined, Array.from({ length: dictionary.length }, () => sample)))));
  } else if (dictionary && typeof dictionary === 'object') {
    for (const [key, value] of Object.entries(dictionary)) for (const [inner, outputs] of textsOf(value, prefix ? `${prefix}.${key}` : key)) result.set(inner, outputs);
  }
  return result;
}

/** Keys whose nynorsk text equals the bokmål one for some sample. */
export function identicalKeys(nb: unknown, nn: unknown): string[] {
  const nynorsk = textsOf(nn);
  return [...textsOf(nb)].filter(([key, outputs]) => outputs.some((output, i) => nynorsk.get(key)?.[i] === output)).map(([key]) => key);
}
