import type { ResourcePolicyDefinition, ResourceUnderCheck } from "../../framework/types";
import { parseJson } from "../../framework/json";
import { readOr } from "../../framework/unknowns";
import { asList, field, isRecord, knownItems } from "../../framework/values";
import { describeFinding, findKey, findKeysInText } from "../../framework/secret-values";
import {
  ECS_DAEMON_TASK_DEFINITION_TYPE,
  ECS_TASK_DEFINITION_TYPE,
  PLAINTEXT_KEY_MAPPINGS,
} from "./lib/types";
import { CONTROL_SCOPES } from "../../vocabulary";

/**
 * A task definition's containers as plain values. TaskDefinition takes a JSON string (ECS API
 * names: `environment`, `command`, `entryPoint`); DaemonTaskDefinition a list of objects (Pulumi
 * names: `environments`, `commands`, `entryPoints`). Values unknown in preview become undefined.
 */
function containersOf(resource: ResourceUnderCheck): unknown[] {
  // Read directly: an unknown definition may hold anything.
  const definitions: unknown = resource.props.containerDefinitions;
  if (typeof definitions === "string") {
    const parsed = parseJson(definitions);
    return parsed.ok ? asList(parsed.value) : [];
  }
  return knownItems(() => definitions);
}

const known = (read: () => unknown) => readOr(read, undefined);

function checkContainer(container: unknown, index: number): string[] {
  if (!isRecord(container)) {
    return [];
  }
  const name = known(() => container.name);
  const label = typeof name === "string" ? `Container "${name}"` : `Container #${index + 1}`;
  const messages: string[] = [];
  const environment = known(() => container.environment ?? container.environments);
  for (const entry of knownItems(() => environment)) {
    const variable = known(() => field(entry, "name"));
    const value = known(() => field(entry, "value"));
    const finding =
      typeof variable === "string" && typeof value === "string" ? findKey(variable, value) : undefined;
    if (finding) {
      messages.push(
        `${describeFinding(`${label} environment variable ${variable}`, finding)}: move it to the container's secrets with valueFrom set to the Secrets Manager secret ARN.`,
      );
    }
  }
  for (const property of ["command", "commands", "entryPoint", "entryPoints"]) {
    const args = knownItems(() => container[property]).filter((a): a is string => typeof a === "string");
    for (const finding of findKeysInText(args.join("\n"))) {
      messages.push(
        `${describeFinding(`${label} ${property.replace(/s$/, "")}`, finding)}: pass it through the container's secrets instead.`,
      );
    }
  }
  return messages;
}

/** Pure check: no container environment or command line holds an API key or AWS credential. */
export function checkEcsTaskDefinition(resource: ResourceUnderCheck): string[] {
  return containersOf(resource).flatMap(checkContainer);
}

export const ecsTaskDefinitionNoPlaintextKeys: ResourcePolicyDefinition = {
  kind: "resource",
  name: "ecs-task-definition-no-plaintext-keys",
  description:
    "ECS container definitions hold no AI provider API keys, tokens or AWS credentials in environment variables or command lines.",
  rationale:
    "Task definitions are readable by anyone with ecs:DescribeTaskDefinition and are kept, revision after revision, long after the key was meant to be gone.",
  severity: "critical",
  enforcementLevel: "mandatory",
  remediationSteps:
    'Move the value from `environment` to `secrets: [{ name: "OPENAI_API_KEY", valueFrom: secret.arn }]` in the container definition, grant the task execution role secretsmanager:GetSecretValue on that secret, and rotate the exposed key.',
  minScope: CONTROL_SCOPES.providerKeySecrets,
  services: ["ecs", "secretsmanager"],
  resourceTypes: [ECS_TASK_DEFINITION_TYPE, ECS_DAEMON_TASK_DEFINITION_TYPE],
  mappings: PLAINTEXT_KEY_MAPPINGS,
  check: (resource) => checkEcsTaskDefinition(resource),
};
