// The escapes foreign text gets on its way to markdown and terminals (issue 13 item 10).
import { describe, expect, it } from '@jest/globals';
import { escapeControl, escapeMarkdownLinks } from '../../src/core/render/escape.js';
import { escapeInline } from '../../src/core/render/format.js';

describe('escapes', () => {
  it('writes control characters and bidi overrides out', () => {
    expect(escapeControl('a\u001b[2Jb\u0007\u009b\u202e')).toBe('a\\u001b[2Jb\\u0007\\u009b\\u202e');
    expect(escapeControl('plain text, ünïcode')).toBe('plain text, ünïcode');
  });

  it('keeps links, images and bare URLs from rendering', () => {
    expect(escapeMarkdownLinks('[x](https://evil.example) ![i](http://e/p.png) www.evil.example \\')).toBe(
      '\\[x\\](https://\u200bevil.example) !\\[i\\](http://\u200be/p.png) www.\u200bevil.example \\\\'
    );
    const line = escapeInline('see [here](https://evil.example/x)\nand <b>@team</b>');
    expect(line).not.toMatch(/(^|[^\\])\[[^\]]*\]\(/);
    expect(line).toBe('see \\[here\\](https://\u200bevil.example/x) and &lt;b&gt;@\u200bteam&lt;/b&gt;');
  });
});
