/**
 * Bad configuration found at start: the process prints this one line, naming
 * the variable to fix, and exits non-zero (see `runMain`), never a stack trace.
 */
export class ConfigurationError extends Error {
  constructor(
    readonly variable: string,
    problem: string,
  ) {
    super(`${variable} ${problem}.`);
    this.name = 'ConfigurationError';
  }
}
