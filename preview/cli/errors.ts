/**
 * A problem with how scopeguard was called: a bad option value, an unreadable or invalid config
 * file, an expired exemption. The CLI prints each message as `scopeguard: <message>` and exits 2.
 * Messages say what is wrong and what to change.
 */
export class UsageError extends Error {
  /** One message per problem found, in the order found. */
  readonly messages: readonly string[];

  constructor(messages: string | readonly string[]) {
    const list = typeof messages === "string" ? [messages] : [...messages];
    super(list.join("\n"));
    this.name = "UsageError";
    this.messages = list;
  }
}

/** How to name a JSON value's kind in a message: `an array`, `a string`, `null`. */
export function describeKind(value: unknown): string {
  if (value === null) {
    return "null";
  }
  if (Array.isArray(value)) {
    return "an array";
  }
  switch (typeof value) {
    case "object":
      return "an object";
    case "string":
      return "a string";
    case "number":
      return "a number";
    case "boolean":
      return "a boolean";
    default:
      return typeof value;
  }
}
