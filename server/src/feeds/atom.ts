/**
 * A small Atom 1.0 (RFC 4287) writer. The `feed` package writes every text as HTML in CDATA, puts
 * no `rel` or `type` on entry links, and has no way to add `xml:lang` or the RFC 5005 paging links
 * (`first`, `next`) a long history needs, so the few elements these feeds use are written here,
 * every text escaped as XML.
 */

export interface AtomLink {
  rel: 'self' | 'alternate' | 'first' | 'next' | 'related';
  href: string;
  type?: string;
  title?: string;
}

export interface AtomEntry {
  id: string;
  title: string;
  updated: string;
  published: string;
  links: readonly AtomLink[];
  authors: readonly string[];
  categories: readonly { term: string; label: string }[];
  /** Plain text: the readable paragraph. */
  summary: string;
  /** Plain text, one line per field change; omitted when empty. */
  content: string;
}

export interface AtomFeed {
  id: string;
  title: string;
  subtitle: string;
  updated: string;
  /** BCP 47: nb, nn or en. */
  lang: string;
  author: string;
  links: readonly AtomLink[];
  entries: readonly AtomEntry[];
}

/** Characters XML 1.0 does not allow at all (a control character in a stored text would break the whole feed). */
// eslint-disable-next-line no-control-regex -- matching control characters is the point.
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

export function escapeXml(text: string): string {
  return text.replace(NOT_XML, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

const element = (name: string, text: string, attributes = ''): string => `<${name}${attributes}>${escapeXml(text)}</${name}>`;

function link(value: AtomLink): string {
  const attributes = [`rel="${value.rel}"`, `href="${escapeXml(value.href)}"`, ...(value.type ? [`type="${escapeXml(value.type)}"`] : []), ...(value.title ? [`title="${escapeXml(value.title)}"`] : [])];
  return `<link ${attributes.join(' ')}/>`;
}

function entry(value: AtomEntry): string {
  return [
    '  <entry>',
    `    ${element('id', value.id)}`,
    `    ${element('title', value.title, ' type="text"')}`,
    `    ${element('updated', value.updated)}`,
    `    ${element('published', value.published)}`,
    ...value.links.map((l) => `    ${link(l)}`),
    ...value.authors.map((name) => `    <author>${element('name', name)}</author>`),
    ...value.categories.map((category) => `    <category term="${escapeXml(category.term)}" label="${escapeXml(category.label)}"/>`),
    `    ${element('summary', value.summary, ' type="text"')}`,
    ...(value.content ? [`    ${element('content', value.content, ' type="text"')}`] : []),
    '  </entry>',
  ].join('\n');
}

export function renderAtom(feed: AtomFeed): string {
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${escapeXml(feed.lang)}">`,
    `  ${element('id', feed.id)}`,
    `  ${element('title', feed.title, ' type="text"')}`,
    `  ${element('subtitle', feed.subtitle, ' type="text"')}`,
    `  ${element('updated', feed.updated)}`,
    `  <author>${element('name', feed.author)}</author>`,
    `  ${element('generator', 'Virkemiddelkart')}`,
    ...feed.links.map((l) => `  ${link(l)}`),
    ...feed.entries.map(entry),
    '</feed>',
    '',
  ].join('\n');
}
