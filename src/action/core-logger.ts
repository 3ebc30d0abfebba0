// The Logger that modes use, backed by the runner's log: groups fold, warnings annotate.
import * as core from '@actions/core';
import type { Logger } from '../runner/logger.js';
import type { Diagnostic } from '../core/types.js';
import { escapeControl, escapeControlLines } from '../core/render/escape.js';

// Manifest and AWS text can carry terminal escape sequences: the log gets them written out.
export const coreLogger: Logger = {
  info: (m) => core.info(escapeControlLines(m)),
  warning: (m) => core.warning(escapeControlLines(m)),
  error: (m) => core.error(escapeControlLines(m)),
  debug: (m) => core.debug(escapeControlLines(m)),
  group: (title, fn) => core.group(title, fn)
};

/** Manifest findings become annotations on the file, at the line and column they concern. */
export function annotate(diagnostics: Diagnostic[]): void {
  for (const d of diagnostics) {
    const props: core.AnnotationProperties = {
      title: escapeControl(`emd-action${d.field ? `: ${d.field}` : ''}`),
      file: d.file,
      startLine: d.line,
      startColumn: d.line !== undefined && d.endLine === d.line ? d.column : undefined,
      endLine: d.endLine,
      endColumn: d.line !== undefined && d.endLine === d.line ? d.endColumn : undefined
    };
    const message = escapeControl(d.message);
    if (d.severity === 'error') core.error(message, props);
    else if (d.severity === 'warning') core.warning(message, props);
    else core.notice(message, props);
  }
}
