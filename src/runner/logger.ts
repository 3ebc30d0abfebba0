// What modes and adapters may say to the person watching the run. In the action this is backed by
// @actions/core (groups fold in the log, warnings become annotations); in the CLI and in tests by
// plain streams or a recorder.
export interface Logger {
  info(message: string): void;
  warning(message: string): void;
  error(message: string): void;
  debug(message: string): void;
  /** Runs `fn` inside a collapsible group. */
  group<T>(title: string, fn: () => Promise<T>): Promise<T>;
}

/** A logger that records lines, for tests and for callers that render the log themselves. */
export class MemoryLogger implements Logger {
  readonly lines: string[] = [];
  info(message: string): void {
    this.lines.push(message);
  }
  warning(message: string): void {
    this.lines.push(`warning: ${message}`);
  }
  error(message: string): void {
    this.lines.push(`error: ${message}`);
  }
  debug(message: string): void {
    this.lines.push(`debug: ${message}`);
  }
  async group<T>(title: string, fn: () => Promise<T>): Promise<T> {
    this.lines.push(`::group::${title}`);
    try {
      return await fn();
    } finally {
      this.lines.push('::endgroup::');
    }
  }
}
