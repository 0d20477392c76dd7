import type { ResourcePolicyDefinition, ResourceUnderCheck } from "../../framework/types";
import { describeFinding, findSecretsInTree } from "../../framework/secret-values";
import { readOr } from "../../framework/unknowns";
import { asList, field, first } from "../../framework/values";
import { PLAINTEXT_KEY_MAPPINGS, SAGEMAKER_MODEL_TYPE } from "./lib/types";
import { CONTROL_SCOPES } from "../../vocabulary";

/** The containers of a model: its primary container and every container of an inference pipeline. */
function containersOf(resource: ResourceUnderCheck): { label: string; container: unknown }[] {
  const primary = readOr(() => first(resource.props.primaryContainer), undefined);
  const pipeline = readOr(() => asList(resource.props.containers), []);
  return [
    ...(primary === undefined ? [] : [{ label: "Primary container", container: primary }]),
    ...pipeline.map((container, i) => ({ label: `Container #${i + 1}`, container })),
  ];
}

/** Pure check: no model container environment holds an API key, token or password in clear text. */
export function checkSageMakerModelEnvironment(resource: ResourceUnderCheck): string[] {
  return containersOf(resource).flatMap(({ label, container }) => {
    // Read directly: a wholly unknown map may hold anything; unknown values inside are skipped.
    const environment = readOr(() => field(container, "environment"), undefined);
    return findSecretsInTree(environment).map(
      (finding) =>
        `${describeFinding(`${label} environment variable ${finding.path}`, finding)}: keep the key in Secrets Manager, pass the secret's ARN in the environment and read it from the container with the model's execution role.`,
    );
  });
}

export const sagemakerModelEnvironmentNoPlaintextKeys: ResourcePolicyDefinition = {
  kind: "resource",
  name: "sagemaker-model-environment-no-plaintext-keys",
  description:
    "SageMaker model container environments hold no API keys, tokens, passwords or placeholder secrets as literal values.",
  rationale:
    "Model containers are often given a Hugging Face token to pull gated weights or a provider key to call out; the environment is returned in clear by sagemaker:DescribeModel to anyone who can list models, and stays in every endpoint configuration built from it.",
  severity: "critical",
  enforcementLevel: "mandatory",
  remediationSteps:
    "Remove the value from `primaryContainer.environment` / `containers[].environment`; store it in an aws.secretsmanager.Secret, pass the secret ARN (for example HF_TOKEN_SECRET_ARN), grant the execution role secretsmanager:GetSecretValue on it, and rotate the exposed key.",
  minScope: CONTROL_SCOPES.providerKeySecrets,
  services: ["sagemaker", "secretsmanager"],
  resourceTypes: [SAGEMAKER_MODEL_TYPE],
  mappings: PLAINTEXT_KEY_MAPPINGS,
  check: (resource) => checkSageMakerModelEnvironment(resource),
};
