import type { StackPolicyDefinition, StackResource, StackViolation } from "../../framework/types";
import { firstAiResource } from "../../framework/ai-stack";
import { programOutputs } from "../../framework/outputs";
import { tryRead } from "../../framework/unknowns";
import { accelerationOf, hostKindOf, HOST_TYPES } from "./lib/accelerated-hosts";
import { gpuNodeGroupTemplateUrns } from "../eks/eks-gpu-node-group-launch-template-hardened";
import { imdsv2Findings } from "./ec2-accelerated-host-imdsv2-required";
import { CONTROL_SCOPES } from "../../vocabulary";

const HOSTS: ReadonlySet<string> = new Set(HOST_TYPES);

/**
 * Pure check over the stack: in a stack that holds AI resources, every EC2 instance and launch
 * template requires IMDSv2. GPU and accelerator hosts are left to `ec2-accelerated-host-imdsv2-required`,
 * which judges them in any stack, and GPU node groups' templates to the EKS node-group policy. A host whose metadata options the program computed from another
 * resource, unknown during preview, makes the SDK report that the policy cannot decide when nothing
 * else is found.
 */
export function checkAiStackImdsv2(resources: readonly StackResource[]): StackViolation[] {
  const ai = firstAiResource(resources);
  if (ai === undefined) {
    return [];
  }
  // GPU node groups' templates are judged by eks-gpu-node-group-launch-template-hardened.
  const gpuNodeTemplates = gpuNodeGroupTemplateUrns(resources);
  const violations: StackViolation[] = [];
  const undecided: (() => unknown)[] = [];
  for (const host of resources) {
    if (!HOSTS.has(host.type) || gpuNodeTemplates.has(host.urn)) {
      continue;
    }
    const kind = hostKindOf(host.type);
    const outputs = programOutputs(host);
    if (accelerationOf(outputs, kind).state === "yes") {
      continue;
    }
    const read = () => imdsv2Findings(outputs, kind);
    const found = tryRead(read);
    if (!found.known) {
      undecided.push(read);
      continue;
    }
    for (const finding of found.value) {
      violations.push({
        urn: host.urn,
        message: `"${host.name}" runs in a stack with AI resources ("${ai.name}", ${ai.type}): ${finding}`,
      });
    }
  }
  if (violations.length === 0 && undecided.length > 0) {
    undecided[0](); // throws the SDK's unknown-value error: the policy cannot decide in preview
  }
  return violations;
}

export const ec2AiStackImdsv2Required: StackPolicyDefinition = {
  kind: "stack",
  name: "ec2-ai-stack-imdsv2-required",
  description:
    "In a stack with AI resources, every EC2 instance and launch template requires IMDSv2 session tokens, not only GPU hosts.",
  rationale:
    "An ingestion worker, a bastion or an API host in an AI stack usually carries a role that reads the knowledge base, the prompt logs or the model artifacts, or that invokes the model; one server-side request forgery against IMDSv1 on any of them hands that role out. The setting costs nothing, so it applies at every scope once the stack holds AI resources (see framework/ai-stack.ts).",
  severity: "high",
  enforcementLevel: "mandatory",
  remediationSteps:
    'Set `metadataOptions: { httpTokens: "required", httpPutResponseHopLimit: 1 }` on every aws.ec2.Instance and aws.ec2.LaunchTemplate of the stack (or switch the metadata endpoint off with `httpEndpoint: "disabled"`); AWS applies it without replacing the instance.',
  minScope: CONTROL_SCOPES.acceleratedHostBaseline,
  services: ["ec2"],
  mappings: {
    nistCsf: ["PR.AA-01", "PR.PS-01"],
    owaspLlm: ["LLM02", "LLM06"],
    mitreAtlas: ["AML.M0005", "AML.T0035"],
    cisaNcsc: ["secure-deployment"],
    seedItems: [
      "csf.pr-platform-security",
      "cisa.deploy-secure-infrastructure",
      "cisa.deploy-secure-defaults",
    ],
  },
  check: (resources) => checkAiStackImdsv2(resources),
};
