/**
 * Stands in for the `entities` package inside markdown-it (see esbuild.js's alias).
 * markdown-it only asks it to decode one named entity at a time (`&name;`); the full
 * HTML table is 75 KB minified, a third of the extension bundle, for a checker that
 * never renders. These are the entities research notes use around figures and in
 * prose; any other name stays literal text, as markdown-it treats an unknown name.
 */
const NAMED: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', ensp: '\u2002', emsp: '\u2003',
  thinsp: '\u2009', hairsp: '\u200a', numsp: '\u2007', puncsp: '\u2008', zwj: '\u200d', zwnj: '\u200c',
  shy: '\u00ad', ndash: '\u2013', mdash: '\u2014', minus: '\u2212', hyphen: '\u2010', dash: '\u2010',
  hellip: '\u2026', mldr: '\u2026', bull: '\u2022', middot: '\u00b7', centerdot: '\u00b7', sdot: '\u22c5',
  lsquo: '\u2018', rsquo: '\u2019', sbquo: '\u201a', ldquo: '\u201c', rdquo: '\u201d', bdquo: '\u201e',
  laquo: '\u00ab', raquo: '\u00bb', lsaquo: '\u2039', rsaquo: '\u203a', prime: '\u2032', Prime: '\u2033',
  percnt: '%', permil: '\u2030', pertenk: '\u2031', dollar: '$', cent: '\u00a2', pound: '\u00a3',
  euro: '\u20ac', yen: '\u00a5', curren: '\u00a4', inr: '\u20b9', num: '#', commat: '@', ast: '*',
  plus: '+', plusmn: '\u00b1', pm: '\u00b1', times: '\u00d7', divide: '\u00f7', div: '\u00f7',
  equals: '=', ne: '\u2260', le: '\u2264', ge: '\u2265', leq: '\u2264', geq: '\u2265', asymp: '\u2248',
  approx: '\u2248', sim: '\u223c', thickapprox: '\u2248', infin: '\u221e', deg: '\u00b0', micro: '\u00b5',
  frac12: '\u00bd', half: '\u00bd', frac14: '\u00bc', frac34: '\u00be', frac13: '\u2153', frac23: '\u2154',
  sup1: '\u00b9', sup2: '\u00b2', sup3: '\u00b3', copy: '\u00a9', reg: '\u00ae', trade: '\u2122',
  sect: '\u00a7', para: '\u00b6', dagger: '\u2020', Dagger: '\u2021', larr: '\u2190', rarr: '\u2192',
  uarr: '\u2191', darr: '\u2193', harr: '\u2194', rArr: '\u21d2', lArr: '\u21d0', check: '\u2713',
  cross: '\u2717', star: '\u2606', starf: '\u2605', colon: ':', semi: ';', comma: ',', period: '.',
  excl: '!', quest: '?', lpar: '(', rpar: ')', lsqb: '[', rsqb: ']', lbrack: '[', rbrack: ']',
  lcub: '{', rcub: '}', lbrace: '{', rbrace: '}', sol: '/', bsol: '\\', verbar: '|', vert: '|',
  lowbar: '_', grave: '`', Hat: '^', tilde: '\u02dc', circ: '\u02c6', iexcl: '\u00a1', iquest: '\u00bf',
  eacute: '\u00e9', egrave: '\u00e8', aacute: '\u00e1', agrave: '\u00e0', uuml: '\u00fc', ouml: '\u00f6',
  auml: '\u00e4', szlig: '\u00df', ccedil: '\u00e7', ntilde: '\u00f1', oacute: '\u00f3', iacute: '\u00ed',
  uacute: '\u00fa', Eacute: '\u00c9', Uuml: '\u00dc', Ouml: '\u00d6', Auml: '\u00c4', alpha: '\u03b1',
  beta: '\u03b2', gamma: '\u03b3', delta: '\u03b4', Delta: '\u0394', epsilon: '\u03b5', lambda: '\u03bb',
  mu: '\u03bc', pi: '\u03c0', sigma: '\u03c3', Sigma: '\u03a3', omega: '\u03c9', Omega: '\u03a9',
};

/** `&name;` decoded, or unchanged when the name is not one of ours. */
export function decodeHTMLStrict(entity: string): string {
  if (entity.charCodeAt(0) !== 0x26 || entity.charCodeAt(entity.length - 1) !== 0x3b) return entity;
  const name = entity.slice(1, -1);
  return Object.prototype.hasOwnProperty.call(NAMED, name) ? NAMED[name] : entity;
}

export const decodeHTML = decodeHTMLStrict;
