import type { ResourcePolicyDefinition, ResourceUnderCheck } from "../../framework/types";
import { tryRead } from "../../framework/unknowns";
import { field, first, isRecord } from "../../framework/values";
import { describeFinding, findKey } from "../../framework/secret-values";
import { LAMBDA_FUNCTION_TYPE, PLAINTEXT_KEY_MAPPINGS } from "./lib/types";
import { CONTROL_SCOPES } from "../../vocabulary";

/** Pure check: no environment variable of a function holds an API key or AWS credential. */
export function checkLambdaEnvironment(resource: ResourceUnderCheck): string[] {
  // Read directly: a wholly unknown variable map may hold anything.
  const variables: unknown = field(first(resource.props.environment), "variables");
  if (!isRecord(variables)) {
    return [];
  }
  const messages: string[] = [];
  for (const name of Object.keys(variables)) {
    // A value unknown in preview is computed from another resource (an ARN, a name): not a literal.
    const value = tryRead(() => variables[name]);
    const finding = value.known && typeof value.value === "string" ? findKey(name, value.value) : undefined;
    if (finding) {
      messages.push(
        `${describeFinding(`Environment variable ${name}`, finding)}: store the key in Secrets Manager, pass the secret's ARN instead and read it at runtime (for example with the AWS Parameters and Secrets Lambda Extension).`,
      );
    }
  }
  return messages;
}

export const lambdaEnvironmentNoPlaintextKeys: ResourcePolicyDefinition = {
  kind: "resource",
  name: "lambda-environment-no-plaintext-keys",
  description:
    "Lambda environment variables hold no AI provider API keys, tokens or AWS credentials as literal values.",
  rationale:
    "Anyone with lambda:GetFunctionConfiguration, the console or the stack's state can read environment values; a provider key found there is spent by someone else within hours and never rotates.",
  severity: "critical",
  enforcementLevel: "mandatory",
  remediationSteps:
    "Store the key in an aws.secretsmanager.Secret (CMK, rotation), put the secret's ARN in `environment.variables` (for example OPENAI_API_KEY_SECRET_ARN), grant the function secretsmanager:GetSecretValue on that ARN, and rotate the exposed key at the provider.",
  minScope: CONTROL_SCOPES.providerKeySecrets,
  services: ["lambda", "secretsmanager"],
  resourceTypes: [LAMBDA_FUNCTION_TYPE],
  mappings: PLAINTEXT_KEY_MAPPINGS,
  check: (resource) => checkLambdaEnvironment(resource),
};
