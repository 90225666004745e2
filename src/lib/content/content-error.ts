/**
 * An author's mistake in `content/`, reported as `path:line:column message`
 * so that an editor can jump straight to it.
 */
export class ContentError extends Error {
  /** Path relative to the project root, e.g. `content/site.yaml`. */
  readonly file: string;
  /** 1-based line, when the mistake has a place in the file. */
  readonly line: number | undefined;
  /** 1-based column, when known. */
  readonly column: number | undefined;

  constructor(file: string, message: string, place?: { line?: number | undefined; column?: number | undefined }) {
    super(message);
    this.name = 'ContentError';
    this.file = file;
    this.line = place?.line;
    this.column = place?.column;
  }

  /** The one-line form editors and editors' tools understand. */
  get location(): string {
    return `${this.file}:${this.line ?? 1}:${this.column ?? 1}`;
  }

  override toString(): string {
    return `${this.location} ${this.message}`;
  }
}

/** Several mistakes found at once; the message lists each on its own line. */
export class ContentErrors extends Error {
  readonly problems: readonly ContentError[];

  constructor(problems: readonly ContentError[]) {
    super(problems.map((problem) => problem.toString()).join('\n'));
    this.name = 'ContentErrors';
    this.problems = problems;
  }
}
