// HTML character references: numeric ones (with the HTML standard's Windows-1252 reading of
// &#128;–&#159;, which old pages and Word use for curly quotes and dashes), and the named ones a CV
// holds: all of Latin-1 (French and other Western accents) and the typographic ones. A reference
// to no character (&#0;, &#x110000;, a surrogate, a thousand-digit number) gives nothing.

const LATIN1_NAMES =
  'nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not shy reg macr deg plusmn sup2 sup3 acute micro para middot cedil sup1 ordm raquo frac14 frac12 frac34 iquest Agrave Aacute Acirc Atilde Auml Aring AElig Ccedil Egrave Eacute Ecirc Euml Igrave Iacute Icirc Iuml ETH Ntilde Ograve Oacute Ocirc Otilde Ouml times Oslash Ugrave Uacute Ucirc Uuml Yacute THORN szlig agrave aacute acirc atilde auml aring aelig ccedil egrave eacute ecirc euml igrave iacute icirc iuml eth ntilde ograve oacute ocirc otilde ouml divide oslash ugrave uacute ucirc uuml yacute thorn yuml';

const NAMED: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'",
  OElig: '\u0152', oelig: '\u0153', Scaron: '\u0160', scaron: '\u0161', Yuml: '\u0178', fnof: '\u0192', circ: '\u02c6', tilde: '\u02dc',
  ensp: '\u2002', emsp: '\u2003', thinsp: '\u2009', zwnj: '\u200c', zwj: '\u200d', lrm: '\u200e', rlm: '\u200f',
  ndash: '\u2013', mdash: '\u2014', lsquo: '\u2018', rsquo: '\u2019', sbquo: '\u201a', ldquo: '\u201c', rdquo: '\u201d', bdquo: '\u201e',
  dagger: '\u2020', Dagger: '\u2021', bull: '\u2022', hellip: '\u2026', permil: '\u2030', prime: '\u2032', Prime: '\u2033',
  lsaquo: '\u2039', rsaquo: '\u203a', oline: '\u203e', euro: '\u20ac', trade: '\u2122', larr: '\u2190', uarr: '\u2191',
  rarr: '\u2192', darr: '\u2193', harr: '\u2194', rArr: '\u21d2', minus: '\u2212', le: '\u2264', ge: '\u2265', ne: '\u2260',
  check: '\u2713', star: '\u2606', starf: '\u2605', phone: '\u260e', loz: '\u25ca', squ: '\u25a1', square: '\u25a1',
  NewLine: '\n', Tab: '\t', nbsp: '\u00a0', hyphen: '\u2010', dash: '\u2010', period: '.', comma: ',', colon: ':', commat: '@',
  lpar: '(', rpar: ')', sol: '/', num: '#', percnt: '%', plus: '+', equals: '=', excl: '!', quest: '?', semi: ';', ast: '*',
};
/** The Latin-1 names (and &amp; &lt; &gt; &quot;) work without their semicolon, as in browsers. */
const LEGACY = new Set(['amp', 'lt', 'gt', 'quot']);
LATIN1_NAMES.split(' ').forEach((name, index) => {
  NAMED[name] = String.fromCharCode(0xa0 + index);
  LEGACY.add(name);
});

const WINDOWS_1252 = '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

const REFERENCE = /&(?:#[xX]([0-9a-fA-F]+)|#([0-9]+)|([A-Za-z][A-Za-z0-9]{0,31}))(;?)/g;

export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(REFERENCE, (whole, hex: string | undefined, decimal: string | undefined, name: string | undefined, semicolon: string) => {
    if (name !== undefined) {
      const named = NAMED[name];
      if (named === undefined || (!semicolon && !LEGACY.has(name))) return whole;
      return named;
    }
    // Leading zeros are allowed; more than 7 significant digits is past the last code point.
    const digits = (hex ?? decimal)!.replace(/^0+/, '');
    if (digits.length > 7) return '';
    const code = parseInt(digits || '0', hex !== undefined ? 16 : 10);
    if (code >= 0x80 && code <= 0x9f) return WINDOWS_1252[code - 0x80]!;
    if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return '';
    // Control characters are never text on a page (tabs and line ends are white space).
    if (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) return '';
    return String.fromCodePoint(code);
  });
}
