/** Errors of the offline engine, each with a message a user can act on. */

/**
 * The user's input is wrong: Pulumi.yaml, stack config, pack config or options. The CLI maps it to
 * exit code 2. The message names the offending key or file and says what to change.
 */
export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ConfigError";
  }
}

/** The Pulumi program failed under mocks (it threw, or a resource registration failed). */
export class ProgramError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ProgramError";
  }
}

/** The policy pack could not be started or failed while analyzing. */
export class PolicyPackError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "PolicyPackError";
  }
}
