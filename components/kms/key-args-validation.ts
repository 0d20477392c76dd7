import { isAwsManagedKey } from "../../policypack/vocabulary";
import { wildcardPrincipalError } from "../common";
import { aliasNameError, aliasNameFor } from "./key-validation";

/**
 * Components that create a ScopedKey name it `<name>-<suffix>`, which becomes the key's alias.
 * Checking that alias up front keeps the rule "no child before a ResourceError", and the message
 * points at what the caller controls: the component's name.
 */
export function keyAliasError(name: string, keyName: string): string | undefined {
  return aliasNameError(aliasNameFor(keyName)) === undefined
    ? undefined
    : `the name "${name}" prefixes the alias of the key it creates (alias/${keyName}), which allows only letters, digits, "/", "_" and "-"; rename the component.`;
}

/** The key arguments of a component that creates its own key unless it is given one. */
export interface OwnKeyArgs {
  /** The caller's key, which replaces the one the component would create. */
  readonly kmsKeyArn?: unknown;
  /** Administrators of the key the component creates. */
  readonly keyAdmins?: unknown;
}

/**
 * The caller's key or the component's own, never half of each: `keyAdmins` only configures a key the
 * component creates (named `<name>-key`), whose administrators must be named without wildcards.
 * `creator` names the component in the message, such as "the collection".
 */
export function ownKeyArgsError(name: string, args: OwnKeyArgs, creator: string): string | undefined {
  if (args.kmsKeyArn !== undefined) {
    return (
      customerKeyError("kmsKeyArn", args.kmsKeyArn) ??
      (args.keyAdmins === undefined
        ? undefined
        : `keyAdmins configures the key ${creator} creates, but kmsKeyArn brings your own; remove one or the other.`)
    );
  }
  return wildcardPrincipalError("keyAdmins", args.keyAdmins) ?? keyAliasError(name, `${name}-key`);
}

/**
 * A key the caller brings must be customer-managed: an AWS-managed key (`alias/aws/s3`, its alias
 * ARN, or the key behind it) has a policy nobody can restrict or revoke. A key given as an Output
 * is checked by the pack once its value is known.
 */
export function customerKeyError(argName: string, key: unknown): string | undefined {
  return typeof key === "string" && isAwsManagedKey(key)
    ? `${argName} "${key}" is an AWS-managed key, whose key policy cannot be restricted or revoked; pass the ARN of a customer-managed key (a ScopedKey) or leave ${argName} out to have one created.`
    : undefined;
}
