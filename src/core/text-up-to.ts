// Text built from pieces that is only wanted while it stays within a limit (a comment shape, the
// `plan` output): the pieces are dropped as soon as the limit is passed, and callers stop early.

/** Pieces joined by `separator` while they total at most `limit` characters; past that, none. */
export class TextUpTo {
  private pieces: string[] | undefined = [];
  private length: number;
  constructor(
    private readonly limit: number,
    private readonly separator = ''
  ) {
    // The first piece has no separator before it.
    this.length = -separator.length;
  }
  /** False once the text is over the limit (and nothing is kept). */
  add(...pieces: string[]): boolean {
    for (const piece of pieces) {
      if (!this.pieces) return false;
      this.length += this.separator.length + piece.length;
      if (this.length > this.limit) this.pieces = undefined;
      else this.pieces.push(piece);
    }
    return this.pieces !== undefined;
  }
  /** Characters left before the limit. */
  get room(): number {
    return this.limit - this.length;
  }
  /** The text, or undefined when it went over the limit. */
  text(): string | undefined {
    return this.pieces?.join(this.separator);
  }
}
