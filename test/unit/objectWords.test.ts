import * as assert from 'node:assert/strict';
import { check } from '../support/checker';

/**
 * Words that name a property of every JavaScript object ("constructor", "__proto__")
 * once made a plain-object lookup return a function and the whole check throw
 * (issue 14: "The constructor grew 50% in 2024." took a note's diagnostics away).
 */
const WORDS = ['constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf', 'isPrototypeOf', 'propertyIsEnumerable', 'toLocaleString', '__defineGetter__', '__lookupGetter__'];

describe('words that are properties of every object', () => {
  for (const word of WORDS) {
    it(`"${word}" next to figures, units, currencies and scale words is just a word`, () => {
      const note = `The ${word} grew 50% in 2024. The ${word} hit 5 ${word} and 3 ${word}s, $2 ${word}, 7 ${word}/second and 4 ${word} tokens.\n\n| ${word} | 73% |\n| --- | --- |\n| ${word} | 5 ${word} |\n`;
      const findings = check(note);
      assert.deepEqual(findings.filter((f) => f.text === '50%').map((f) => f.status), ['unsupported']);
      for (const f of findings) assert.ok(Number.isFinite(f.value), `${f.text} has a finite value`);
    });
  }
});
