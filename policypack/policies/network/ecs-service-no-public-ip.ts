import type { StackPolicyDefinition, StackResource, StackViolation } from "../../framework/types";
import { firstAiResource } from "../../framework/ai-stack";
import { programOutputs } from "../../framework/outputs";
import { readOr } from "../../framework/unknowns";
import { field, first, isTrue } from "../../framework/values";
import { AwsType, CONTROL_SCOPES } from "../../vocabulary";

/** ECS services and task sets, which give each Fargate task its own network interface. */
const ECS_TYPES: ReadonlySet<string> = new Set([AwsType.ecs.Service, AwsType.ecs.TaskSet]);

/** Pure check over the stack: ECS services and task sets of a stack with AI resources give tasks no public IP. */
export function checkEcsNoPublicIp(resources: readonly StackResource[]): StackViolation[] {
  const ai = firstAiResource(resources);
  if (ai === undefined) {
    return [];
  }
  return resources
    .filter((r) => ECS_TYPES.has(r.type))
    .filter((r) =>
      readOr(() => isTrue(field(first(programOutputs(r).networkConfiguration), "assignPublicIp")), false),
    )
    .map((r) => ({
      urn: r.urn,
      message: `"${r.name}" gives every task a public IP address (networkConfiguration.assignPublicIp: true) in a stack with AI resources ("${ai.name}", ${ai.type}): set assignPublicIp to false, run the tasks in private subnets, and publish them through a load balancer.`,
    }));
}

export const ecsServiceNoPublicIp: StackPolicyDefinition = {
  kind: "stack",
  name: "ecs-service-no-public-ip",
  description:
    "In a stack with AI resources, ECS services and task sets do not give their tasks public IP addresses (`assignPublicIp: true`).",
  rationale:
    "A task with a public address is reachable on every port its security group opens, bypassing the load balancer that authenticates and rate-limits the model API, and its role (which invokes the model or reads the knowledge base) is one exposed process away. Public IPs on Fargate are usually a shortcut to reach the internet without a NAT gateway.",
  severity: "high",
  enforcementLevel: "mandatory",
  remediationSteps:
    "Set `networkConfiguration.assignPublicIp: false` on the aws.ecs.Service (or aws.ecs.TaskSet), place it in private subnets with a NAT gateway or VPC endpoints (ECR, Logs, Secrets Manager, Bedrock), and put an authenticated load balancer or API in front of it.",
  minScope: CONTROL_SCOPES.networkBaseline,
  services: ["ecs"],
  mappings: {
    nistCsf: ["PR.IR-01", "PR.AA-05"],
    owaspLlm: ["LLM02", "LLM10"],
    mitreAtlas: ["AML.M0019", "AML.T0049"],
    cisaNcsc: ["secure-deployment"],
    seedItems: ["cisa.deploy-secure-infrastructure", "checklist.auth-endpoints-authenticated"],
  },
  check: (resources) => checkEcsNoPublicIp(resources),
};
