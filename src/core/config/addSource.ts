import { applyEdits, modify, parse as parseJsonc, type ParseError } from 'jsonc-parser';
import { compileIgnore } from './apply';

/** What adding a source to a config's text gives: the new text, or why nothing changes. */
export type AddedSource = { text: string } | { unchanged: string };

/**
 * Adds a path (relative to the config's folder, with `/`) to a `.statlens.json`'s
 * `sources`, keeping its comments, other keys and layout: only the array changes
 * (or is added). Nothing changes when a glob there already matches the path, or the
 * text is not a JSON object (it is reported as a broken config elsewhere).
 */
export function addSourceToConfig(text: string, path: string): AddedSource {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const errors: ParseError[] = [];
  const json: unknown = body.trim() ? parseJsonc(body, errors, { allowTrailingComma: true }) : {};
  if (errors.length > 0 || typeof json !== 'object' || json === null || Array.isArray(json)) return { unchanged: 'the config file is not a valid JSON object; fix it first' };
  const sources = (json as { sources?: unknown }).sources;
  const list = Array.isArray(sources) ? sources.filter((s): s is string => typeof s === 'string') : [];
  const covering = list.find((glob) => {
    try {
      return compileIgnore([glob])(path);
    } catch {
      return false;
    }
  });
  if (covering !== undefined) return { unchanged: `"${path}" is a source already (${covering === path ? 'listed' : `matched by "${covering}"`})` };
  const indent = /\n([ \t]+)"/.exec(body)?.[1];
  const formatting = { insertSpaces: !indent?.startsWith('\t'), tabSize: indent && !indent.startsWith('\t') ? indent.length : 2, eol: body.includes('\r\n') ? '\r\n' : '\n' };
  const source = body.trim() ? body : '{}\n';
  const target = Array.isArray(sources) ? ['sources', sources.length] : ['sources'];
  const edits = modify(source, target, Array.isArray(sources) ? path : [path], { formattingOptions: formatting, isArrayInsertion: Array.isArray(sources) });
  return { text: (text.length !== body.length ? '\uFEFF' : '') + applyEdits(source, edits) };
}
