// Writes a bundle's characters outside ASCII as \u escapes, for scripts/build-action.mjs and
// scripts/build-cli.mjs.
//
// Why: V8 keeps a script's source as long as its functions may still be compiled, one byte per
// character when every character is Latin-1 and two bytes otherwise. A single `→` in a comment of
// a 1.8 MB chunk made Node decode it into a 3.6 MB two-byte string; ASCII halves that memory and the
// decoding (about 17 ms and 1,900 page faults less for a 1,000-deployment plan, docs/architecture.md,
// "Start-up").
//
// An escape means the same character in a string, a template, a regular expression, an identifier
// and, trivially, a comment. It would not in the raw text of a tagged template (String.raw), nor
// after a backslash, nor for a character outside the BMP in an identifier; those are refused,
// so a bundle that has one fails the build instead of changing meaning.
import ts from 'typescript';

const NON_ASCII = /[^\x00-\x7f]/;

/** `text` with every UTF-16 code unit above 0x7f written as `\uXXXX`. Throws where that would change meaning. */
export function asciiSource(text, name = 'bundle.js') {
  if (!NON_ASCII.test(text)) return text;
  const refuse = (at, why) => {
    const line = text.slice(0, at).split('\n').length;
    throw new Error(`ascii-source: ${name}:${line}: ${why}; it cannot be escaped without changing its meaning`);
  };
  const file = ts.createSourceFile(name, text, ts.ScriptTarget.Latest, false, ts.ScriptKind.JS);
  if (file.parseDiagnostics.length) refuse(file.parseDiagnostics[0].start ?? 0, `it does not parse (${ts.flattenDiagnosticMessageText(file.parseDiagnostics[0].messageText, ' ')})`);
  const visit = (node) => {
    if (ts.isTaggedTemplateExpression(node) && NON_ASCII.test(text.slice(node.template.getStart(file), node.template.end))) {
      refuse(node.template.getStart(file), 'a tagged template holds a character outside ASCII');
    }
    if ((ts.isIdentifier(node) || ts.isPrivateIdentifier(node)) && /[\ud800-\udfff]/.test(text.slice(node.getStart(file), node.end))) {
      refuse(node.getStart(file), 'an identifier holds a character outside the BMP');
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return text.replace(/[^\x00-\x7f]/g, (c, at) => {
    let slashes = 0;
    while (text[at - 1 - slashes] === '\\') slashes++;
    if (slashes % 2 === 1) refuse(at, 'a backslash precedes a character outside ASCII');
    return `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
  });
}
