/**
 * Glob patterns for `.statlens.json`'s `ignore`, compiled to regular expressions:
 * `*` and `?` within one path segment, `**` across segments, `[abc]`, `[!a-z]` and
 * `{a,b}`; dot-files match like any other. picomatch does this and more, but would be
 * an eighth of the extension bundle for matching a few relative paths.
 */
export function globToRegExp(glob: string): RegExp {
  return new RegExp(`^${translate(glob)}$`);
}

function translate(glob: string): string {
  let out = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '*') {
      const double = glob[i + 1] === '*';
      if (!double) {
        out += '[^/]*';
        continue;
      }
      const segmentStart = i === 0 || glob[i - 1] === '/';
      i++;
      if (segmentStart && glob[i + 1] === '/') {
        out += '(?:[^/]*/)*'; // "**/": any number of whole folders, none included
        i++;
      } else {
        out += '.*';
      }
    } else if (c === '?') {
      out += '[^/]';
    } else if (c === '[') {
      const end = glob.indexOf(']', i + 2);
      if (end < 0) {
        out += '\\[';
        continue;
      }
      const body = glob.slice(i + 1, end);
      out += `[${body.startsWith('!') ? `^${classBody(body.slice(1))}` : classBody(body)}]`;
      i = end;
    } else if (c === '{') {
      const end = closingBrace(glob, i);
      if (end < 0) {
        out += '\\{';
        continue;
      }
      out += `(?:${splitAlternatives(glob.slice(i + 1, end)).map(translate).join('|')})`;
      i = end;
    } else if (c === '\\' && i + 1 < glob.length) {
      out += escape(glob[++i]);
    } else {
      out += escape(c);
    }
  }
  return out;
}

function classBody(body: string): string {
  return body.replace(/[\\\]^]/g, (m) => `\\${m}`);
}

function closingBrace(glob: string, open: number): number {
  let depth = 0;
  for (let i = open; i < glob.length; i++) {
    if (glob[i] === '{') depth++;
    else if (glob[i] === '}' && --depth === 0) return i;
  }
  return -1;
}

/** `a,{b,c},d` → ["a", "{b,c}", "d"]: commas inside nested braces stay. */
function splitAlternatives(body: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < body.length; i++) {
    if (body[i] === '{') depth++;
    else if (body[i] === '}') depth--;
    else if (body[i] === ',' && depth === 0) {
      parts.push(body.slice(from, i));
      from = i + 1;
    }
  }
  parts.push(body.slice(from));
  return parts;
}

function escape(c: string): string {
  return /[.+?*^${}()|[\]\\/]/.test(c) ? `\\${c}` : c;
}
