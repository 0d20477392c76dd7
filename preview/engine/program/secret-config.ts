import { SECRET_PLACEHOLDER } from "./project";

/**
 * `secure:` config values cannot be decrypted without the stack's secrets provider, so the program
 * sees a placeholder. A program that reads one as a number, a boolean or an object
 * (`requireSecretNumber`, `getSecretObject`) fails on it; the error then says which keys are secure
 * and how to give the preview a stand-in value.
 */
export function explainSecretConfig(
  message: string,
  secretKeys: readonly string[],
  stackFile: string,
): string {
  if (!message.includes(SECRET_PLACEHOLDER) || secretKeys.length === 0) {
    return message;
  }
  const keys = secretKeys.map((k) => `"${k}"`).join(", ");
  return (
    `${message}\n` +
    `The secure config value${secretKeys.length > 1 ? "s" : ""} ${keys} cannot be decrypted offline, so the program read "${SECRET_PLACEHOLDER}". ` +
    `To preview, give a plain stand-in value of the right type in a copy of ${stackFile} (for example \`${secretKeys[0].split(":").pop()}: 42\`) and pass that stack with --stack.`
  );
}
