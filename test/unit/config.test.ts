import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { Validator } from '@cfworker/json-schema';
import { isIgnored } from '../../src/core/config/apply';
import { figureKey } from '../../src/core/config/figures';
import { parseConfig } from '../../src/core/config/parse';
import { formatConfigProblem, type StatLensConfig } from '../../src/core/config/types';
import { checker } from '../support/checker';
import { repoPath } from '../support/paths';

const schema = JSON.parse(fs.readFileSync(repoPath('media/schema/statlens-config.schema.json'), 'utf8'));
const manifest = JSON.parse(fs.readFileSync(repoPath('package.json'), 'utf8'));

/** The one-line problems of a config text, as the CLI and the notification print them. */
const problems = (text: string): string[] => parseConfig('notes/.statlens.json', text).problems.map(formatConfigProblem);

const config = (fields: Partial<StatLensConfig>): StatLensConfig => ({ severity: {}, datasets: [], ignore: [], ignoreFigures: [], ...fields });

describe('.statlens.json: reading', () => {
  it('reads JSON with comments, trailing commas and a BOM; "off" is severity none', () => {
    const text = '\ufeff// team settings\n{\n  /* louder */ "severity": { "unsupported": "error", "supported": "off", },\n  "datasets": ["data/poll.json"],\n  "ignore": ["drafts"],\n  "ignoreFigures": ["42%"],\n}\n';
    const { config: parsed, problems: found } = parseConfig('.statlens.json', text);
    assert.deepEqual(found, []);
    assert.deepEqual(parsed, { severity: { unsupported: 'error', supported: 'none' }, datasets: ['data/poll.json'], ignore: ['drafts'], ignoreFigures: ['42%'] });
  });

  it('reads an empty object as "nothing changed", and accepts "$schema"', () => {
    assert.deepEqual(parseConfig('c', '{}').config, config({}));
    assert.deepEqual(parseConfig('c', '{ "$schema": "./schema.json" }').problems, []);
  });

  it('names the place where the JSON breaks', () => {
    assert.deepEqual(problems('{\n  "severity": {\n    "cited" "off"\n  }\n}'), ['notes/.statlens.json: not valid JSON: colon expected at line 3, column 13']);
    assert.deepEqual(problems(''), ['notes/.statlens.json: not valid JSON: value expected at line 1, column 1']);
  });

  it('wants an object at the top', () => {
    assert.deepEqual(problems('["drafts"]'), ['notes/.statlens.json: expected an object such as { "severity": { "cited": "off" } }, found an array']);
  });

  it('gives one line per wrong field, naming it, and no config at all', () => {
    const text = '{ "severity": { "unsupported": "loud", "cite": "off" }, "ignores": [], "datasets": "poll.json", "ignore": ["a", ""], "ignoreFigures": [42] }';
    assert.equal(parseConfig('c', text).config, undefined);
    assert.deepEqual(problems(text).sort(), [
      'notes/.statlens.json: field "datasets" must be array, found a string ("poll.json")',
      'notes/.statlens.json: field "ignoreFigures[0]" must be string, found a number (42)',
      'notes/.statlens.json: field "ignore[1]" must not be empty',
      'notes/.statlens.json: field "ignores" is not a known field; use one of severity, datasets, bundled, sources, ignore, ignoreFigures',
      'notes/.statlens.json: field "severity.cite" is not a known field; use one of unsupported, conflicting, cited, supported, inconsistent',
      'notes/.statlens.json: field "severity.unsupported": "loud" is not a severity; use one of error, warning, information, hint, off',
    ]);
  });

  it('wants dataset paths relative to the config file', () => {
    assert.deepEqual(problems('{ "datasets": ["ok.json", "/etc/data.json", "https://example.org/d.json", "C:\\\\d.json"] }'), [
      'notes/.statlens.json: field "datasets[1]": "/etc/data.json" must be a path relative to the folder of this file',
      'notes/.statlens.json: field "datasets[2]": "https://example.org/d.json" must be a path relative to the folder of this file',
      'notes/.statlens.json: field "datasets[3]": "C:\\d.json" must be a path relative to the folder of this file',
    ]);
  });

  it('has a schema that describes every field and uses the settings\' severity words', () => {
    const result = new Validator(schema, '7', false).validate({ severity: { cited: 'off' }, datasets: ['a.json'], ignore: ['drafts/**'], ignoreFigures: ['42%'] });
    assert.deepEqual(result.errors, []);
    for (const [name, field] of Object.entries<{ description?: string }>(schema.properties)) if (name !== '$schema') assert.ok(field.description, `${name} has no description`);
    for (const status of ['unsupported', 'conflicting', 'cited', 'supported']) {
      assert.deepEqual(schema.definitions.severity.enum, manifest.contributes.configuration.properties[`statlens.severity.${status}`].enum, status);
      assert.ok(schema.properties.severity.properties[status], status);
    }
  });

  it('is wired into VS Code as JSON with comments, validated by that schema, and packaged', () => {
    const validation = manifest.contributes.jsonValidation.find((v: { url: string }) => v.url === './media/schema/statlens-config.schema.json');
    assert.deepEqual(validation?.fileMatch, ['.statlens.json']);
    assert.ok(manifest.contributes.languages.some((l: { id: string; filenames?: string[] }) => l.id === 'jsonc' && l.filenames?.includes('.statlens.json')));
    assert.match(fs.readFileSync(repoPath('.vscodeignore'), 'utf8'), /^!media\/schema\/statlens-config\.schema\.json$/m);
  });
});

describe('.statlens.json: ignored notes', () => {
  const ignored = (globs: string[], path: string) => isIgnored(config({ ignore: globs }), path);

  it('matches paths relative to the config folder; a folder pattern covers its notes', () => {
    for (const glob of ['drafts', 'drafts/', './drafts', '/drafts', 'drafts/**', 'draft*']) {
      assert.ok(ignored([glob], 'drafts/a.md'), glob);
      assert.ok(ignored([glob], 'drafts/deep/b.md'), glob);
      assert.ok(!ignored([glob], 'notes/drafts/a.md'), `${glob} is anchored at the config folder`);
      assert.ok(!ignored([glob], 'final/a.md'), glob);
    }
  });

  it('"*" stays in one folder, "**" crosses them, braces and dot-files work', () => {
    assert.ok(ignored(['*.draft.md'], 'a.draft.md'));
    assert.ok(!ignored(['*.draft.md'], 'sub/a.draft.md'));
    assert.ok(ignored(['**/*.draft.md'], 'sub/deep/a.draft.md'));
    assert.ok(ignored(['{old,archive}/**'], 'archive/2024.md'));
    assert.ok(ignored(['**/.private/**'], 'x/.private/a.md'));
    assert.ok(!ignored(['a.md'], 'b.md'));
  });

  it('reads character classes, negated classes, nested braces and escapes', () => {
    assert.ok(ignored(['note-[0-9].md'], 'note-7.md'));
    assert.ok(!ignored(['note-[!0-9].md'], 'note-7.md'));
    assert.ok(ignored(['{drafts,old/{2024,2025}}/*.md'], 'old/2025/a.md'));
    assert.ok(ignored(['what\\?.md'], 'what?.md'));
    assert.ok(!ignored(['what\\?.md'], 'whatx.md'));
    assert.ok(ignored(['a+b (1).md'], 'a+b (1).md'), 'regular-expression characters are literal');
  });

  it('never covers a note outside the config folder', () => {
    assert.ok(!ignored(['**'], '../elsewhere/a.md'));
    assert.ok(ignored(['**'], 'a.md'));
  });

  it('ignores nothing without patterns', () => {
    assert.ok(!ignored([], 'a.md'));
  });
});

describe('.statlens.json: ignored figures', () => {
  const note = 'Roughly 42% of CIOs grow budgets, 61% do not, and investors put $12\u00a0billion in.\n';

  it('compares figures with whitespace collapsed and case ignored', () => {
    assert.equal(figureKey(' $12\u00a0 Billion\n'), '$12 billion');
    assert.equal(figureKey('42\u2009%'), '42 %');
  });

  it('suppresses exactly the figures listed, leaving them in the result', () => {
    const result = checker().check(note);
    assert.deepEqual(result.findings.map((f) => [f.text, f.status, f.severity]), [
      ['42%', 'unsupported', 'warning'],
      ['61%', 'unsupported', 'warning'],
      ['$12\u00a0billion', 'unsupported', 'warning'],
    ]);
    const ignoring = checker().check(note, { ignoreFigures: config({ ignoreFigures: ['42%', '$12 BILLION', '61 %', '$12bn'] }).ignoreFigures });
    assert.deepEqual(ignoring.findings.map((f) => [f.text, f.severity, f.suppressed ?? false]), [
      ['42%', 'none', true],
      ['61%', 'warning', false],
      ['$12\u00a0billion', 'none', true],
    ]);
  });
});
