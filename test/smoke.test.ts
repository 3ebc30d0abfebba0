import { describe, expect, it } from '@jest/globals';
import { parse } from 'yaml';

describe('toolchain', () => {
  it('runs ESM TypeScript tests', () => {
    expect(parse('a: 1')).toEqual({ a: 1 });
  });
});
