import { aliasNameError, aliasNameFor } from "../kms";

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
