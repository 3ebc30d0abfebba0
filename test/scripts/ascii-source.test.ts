import { describe, expect, it } from '@jest/globals';
import { runInNewContext } from 'node:vm';
// @ts-expect-error: a build script, plain JavaScript without types
import { asciiSource } from '../../scripts/ascii-source.mjs';

const escape = asciiSource as (text: string, name?: string) => string;

/** Evaluates a script's last expression, as Node would run the bundle. */
const run = (code: string): unknown => runInNewContext(code);

describe('asciiSource (the bundles are written in ASCII)', () => {
  it('writes strings, templates, regular expressions, identifiers and comments in ASCII with the same meaning', () => {
    const source = [
      '// a comment → with an arrow',
      "const café = 'a – b · c 😀';",
      'const re = /[–—]+/u;',
      'const emoji = /^😀$/u;',
      'const t = `${café} × 2`;',
      'JSON.stringify([café, t, re.test("x—y"), emoji.test("😀"), "→".length])'
    ].join('\n');
    const ascii = escape(source);
    expect(ascii).toMatch(/^[\x00-\x7f]*$/);
    expect(run(ascii)).toBe(run(source));
    expect(run(ascii)).toBe(JSON.stringify(['a – b · c 😀', 'a – b · c 😀 × 2', true, true, 1]));
  });

  it('leaves an ASCII source as it is', () => {
    const source = "const a = 'plain';\n";
    expect(escape(source)).toBe(source);
  });

  it('refuses what an escape would change: tagged template text, a backslash before the character, astral identifiers', () => {
    expect(() => escape('const s = String.raw`→`;', 'chunk.js')).toThrow(/chunk\.js:1: a tagged template/);
    expect(() => escape("const s = '\\→';", 'chunk.js')).toThrow(/chunk\.js:1: a backslash precedes/);
    expect(() => escape('const 𐊧 = 1;', 'chunk.js')).toThrow(/an identifier holds a character outside the BMP/);
  });

  it('allows an escaped backslash before the character', () => {
    const source = "'\\\\→'";
    expect(run(escape(source))).toBe(run(source));
  });
});
