import { UsageError } from './errors.js';

/**
 * Runs `node:util` parseArgs (or any parsing) and turns its errors (an
 * unknown option, a missing value) into a {@link UsageError} that ends with
 * the command's usage.
 *
 * @example
 * const { values } = withUsage(USAGE, () => parseArgs({ args, options: { json: { type: 'boolean' } }, strict: true }));
 */
export function withUsage<T>(usage: string, parse: () => T): T {
  try {
    return parse();
  } catch (err) {
    if (err instanceof UsageError) throw err;
    throw new UsageError(`${err instanceof Error ? (err.message.split('\n')[0] ?? err.message) : String(err)}\n${usage}`);
  }
}

/** `--help` and `-h`, which every command takes. */
export const HELP = { help: { type: 'boolean', short: 'h' } } as const;

/** A whole number at least `min`, or a {@link UsageError} that says what was given and what is wanted. */
export function wholeNumber(option: string, value: string | undefined, min: number, usage: string): number {
  const n = Number(value);
  if (value === undefined || value.trim() === '' || !Number.isInteger(n) || n < min) {
    throw new UsageError(`${option} takes a whole number${min === 0 ? '' : ` of at least ${min}`}, not "${value ?? ''}"\n${usage}`);
  }
  return n;
}
