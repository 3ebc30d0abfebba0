// Small escapes for text that came from a manifest (or AWS) on its way to a reader: markdown in PR
// comments and the job summary, and a terminal or the runner's log. Kept apart from the renderers
// so each renderer can call them wherever foreign text is printed.

/**
 * Control characters (C0, DEL, C1) and the Unicode bidirectional overrides, written out as `\uXXXX`.
 * A value like "\e]8;;https://evil\e\\" would otherwise reach a terminal or the log as an escape
 * sequence (hyperlinks, cleared screens, rewritten lines); bidi overrides reorder what is shown.
 */
export function escapeControl(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * Markdown that foreign text could start: links and images (`[text](url)`, `![alt](src)`,
 * `[ref]: url`) lose their brackets' meaning, and bare URLs (which GitHub links by itself) get a
 * zero-width space after the scheme or `www.` so they stay text.
 */
export function escapeMarkdownLinks(text: string): string {
  return text
    .replace(/[\\[\]]/g, (c) => `\\${c}`)
    .replace(/\b([a-z][a-z0-9+.-]*:)\/\//gi, '$1//\u200b')
    .replace(/\bwww\./gi, 'www.\u200b');
}

/** escapeControl line by line, for multi-line text whose line breaks are its own. */
export function escapeControlLines(text: string): string {
  return text.split('\n').map(escapeControl).join('\n');
}
