/**
 * Stand in for `mdurl` and `punycode.js` inside markdown-it (see esbuild.js's alias).
 * markdown-it uses them only to normalise link destinations for rendering; StatLens
 * never renders and only asks whether a link points into the note (`#…`), which the
 * destination as written answers. Leaving destinations as written keeps 7 KB out of
 * every bundle and a URL parser off the path of every link.
 */
interface WrittenUrl {
  written: string;
  hostname?: string;
  protocol?: string;
}

export function parse(url: string): WrittenUrl {
  return { written: url };
}

export function format(url: WrittenUrl): string {
  return url.written;
}

export function encode(url: string): string {
  return url;
}

export function decode(url: string): string {
  return url;
}
decode.defaultChars = '';
decode.componentChars = '';
encode.defaultChars = '';
encode.componentChars = '';

export function toASCII(hostname: string): string {
  return hostname;
}

export function toUnicode(hostname: string): string {
  return hostname;
}

export default { toASCII, toUnicode };
