// The Logger that modes use, backed by the runner's log: groups fold, warnings annotate.
import * as core from '@actions/core';
import type { Logger } from '../runner/logger.js';
import type { Diagnostic } from '../core/types.js';

export const coreLogger: Logger = {
  info: (m) => core.info(m),
  warning: (m) => core.warning(m),
  error: (m) => core.error(m),
  debug: (m) => core.debug(m),
  group: (title, fn) => core.group(title, fn)
};

/** Manifest findings become annotations on the file, at the line and column they concern. */
export function annotate(diagnostics: Diagnostic[]): void {
  for (const d of diagnostics) {
    const props: core.AnnotationProperties = {
      title: `emd-action${d.field ? `: ${d.field}` : ''}`,
      file: d.file,
      startLine: d.line,
      startColumn: d.line !== undefined && d.endLine === d.line ? d.column : undefined,
      endLine: d.endLine,
      endColumn: d.line !== undefined && d.endLine === d.line ? d.endColumn : undefined
    };
    if (d.severity === 'error') core.error(d.message, props);
    else if (d.severity === 'warning') core.warning(d.message, props);
    else core.notice(d.message, props);
  }
}
