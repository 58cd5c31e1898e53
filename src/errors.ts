/**
 * Typed errors that carry the context a person needs to fix the problem:
 * the file, line and field of a bad intent, the name of a missing variable,
 * the path of an unreadable article.
 */

/** A setting read from the environment is missing or malformed. */
export class ConfigError extends Error {
  override name = 'ConfigError';
  constructor(
    /** The environment variable at fault, e.g. `BOT_TOKEN`. */
    readonly variable: string,
    message: string,
  ) {
    super(message);
  }
}

/** An intents file could not be read, parsed or validated. */
export class IntentFileError extends Error {
  override name = 'IntentFileError';
  constructor(
    readonly file: string,
    readonly line: number,
    readonly field: string,
    readonly problem: string,
  ) {
    super(`${file}:${line}: ${field}: ${problem}`);
  }
}

/** The seeds folder or an article in it cannot be used. */
export class ArticleError extends Error {
  override name = 'ArticleError';
  constructor(
    readonly path: string,
    problem: string,
  ) {
    super(`${path}: ${problem}`);
  }
}

/** The command line is wrong: an unknown option, a missing argument, a value that is not a number. Exit code 64. */
export class UsageError extends Error {
  override name = 'UsageError';
}
