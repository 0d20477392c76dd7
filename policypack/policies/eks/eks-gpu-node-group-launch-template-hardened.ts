import { programOutputs } from "../../framework/outputs";
import { knownStrings, TargetIndex } from "../../framework/target-index";
import type { StackPolicyDefinition, StackResource, StackViolation } from "../../framework/types";
import { readOr, tryRead } from "../../framework/unknowns";
import { field, first, isTrue, knownItems } from "../../framework/values";
import { LAUNCH_TEMPLATE_TYPE } from "../compute/lib/accelerated-hosts";
import { hopLimitFindings } from "../compute/ec2-accelerated-host-imds-hop-limit";
import { imdsv2Findings } from "../compute/ec2-accelerated-host-imdsv2-required";
import { publicIpFindings } from "../compute/ec2-accelerated-host-no-public-ip";
import { volumeFindings } from "../compute/ec2-accelerated-host-volumes-encrypted";
import { nodeAcceleration } from "./lib/gpu-node-groups";
import { GPU_NODE_MAPPINGS, NODE_GROUP_TYPE } from "./lib/types";
import { AwsType, CONTROL_SCOPES } from "../../vocabulary";

const SUBNET_TYPE = AwsType.ec2.Subnet;

/** The launch template a node group names: by property dependency, else by its literal id or name. */
function templateOf(group: StackResource, templates: TargetIndex): StackResource | undefined {
  const linked = templates.byDependency(group, "launchTemplate");
  if (linked.length > 0) {
    return linked[0];
  }
  const block = () => first(programOutputs(group).launchTemplate);
  return (
    templates.byValue(readOr(() => field(block(), "id"), undefined)) ??
    templates.byValue(readOr(() => field(block(), "name"), undefined))
  );
}

/**
 * Launch templates that GPU managed node groups launch from. They are judged here, against the GPU
 * node baseline, so the stack-wide host policies leave them alone rather than report them twice.
 */
export function gpuNodeGroupTemplateUrns(resources: readonly StackResource[]): ReadonlySet<string> {
  const templates = new TargetIndex(resources, [LAUNCH_TEMPLATE_TYPE], (r) =>
    knownStrings(r, ["id", "name"]),
  );
  const urns = new Set<string>();
  for (const group of resources.filter((r) => r.type === NODE_GROUP_TYPE)) {
    if (nodeAcceleration(group.type, programOutputs(group)).state !== "yes") {
      continue;
    }
    const template = templateOf(group, templates);
    if (template !== undefined) {
      urns.add(template.urn);
    }
  }
  return urns;
}

/** The template's baseline findings, judged on its outputs as the program set them; undecided parts are left to the update. */
function templateFindings(template: StackResource, scope: number): string[] {
  const outputs = programOutputs(template);
  const parts = [
    () => imdsv2Findings(outputs, "launch-template"),
    () => hopLimitFindings(outputs, "launch-template"),
    () => publicIpFindings(outputs, "launch-template"),
    () => volumeFindings(outputs, "launch-template", scope as 1 | 2 | 3 | 4 | 5),
  ];
  return parts.flatMap((part) => {
    const found = tryRead(part);
    return found.known ? found.value : [];
  });
}

/** Subnets of the group that give every instance a public IP address. */
function publicSubnetsOf(group: StackResource, subnets: TargetIndex): StackResource[] {
  const linked = [
    ...subnets.byDependency(group, "subnetIds"),
    ...knownItems(() => programOutputs(group).subnetIds)
      .map((id) => subnets.byValue(id))
      .filter((s): s is StackResource => s !== undefined),
  ];
  return [...new Set(linked)].filter((s) =>
    isTrue(readOr(() => programOutputs(s).mapPublicIpOnLaunch, false)),
  );
}

/** Pure check over the stack: GPU managed node groups launch hardened nodes into private subnets. */
export function checkGpuNodeGroupTemplates(
  resources: readonly StackResource[],
  context: { readonly scope: number },
): StackViolation[] {
  const templates = new TargetIndex(resources, [LAUNCH_TEMPLATE_TYPE], (r) =>
    knownStrings(r, ["id", "name"]),
  );
  const subnets = new TargetIndex(resources, [SUBNET_TYPE], (r) => knownStrings(r, ["id"]));
  const violations: StackViolation[] = [];
  for (const group of resources.filter((r) => r.type === NODE_GROUP_TYPE)) {
    const acceleration = nodeAcceleration(group.type, programOutputs(group));
    if (acceleration.state !== "yes") {
      continue;
    }
    const template = templateOf(group, templates);
    const findings = template === undefined ? [] : templateFindings(template, context.scope);
    if (template !== undefined && findings.length > 0) {
      violations.push({
        urn: group.urn,
        message: `GPU node group "${group.name}" (${acceleration.label}) launches from launch template "${template.name}", which misses the GPU node baseline: ${findings.join(" ")}`,
      });
    }
    for (const subnet of publicSubnetsOf(group, subnets)) {
      violations.push({
        urn: group.urn,
        message: `GPU node group "${group.name}" (${acceleration.label}) places nodes in subnet "${subnet.name}", which gives every instance a public IP (mapPublicIpOnLaunch): use private subnets that reach the internet, if at all, through a NAT gateway.`,
      });
    }
  }
  return violations;
}

export const eksGpuNodeGroupLaunchTemplateHardened: StackPolicyDefinition = {
  kind: "stack",
  requiresResourceType: NODE_GROUP_TYPE,
  name: "eks-gpu-node-group-launch-template-hardened",
  description:
    "EKS managed node groups of GPU or accelerator instances launch from a template with IMDSv2, hop limit 1, no public IP and encrypted volumes (CMK at scope 5), into subnets that do not assign public IPs.",
  rationale:
    "A node group's launch template usually carries no instance type (the group sets it), so the EC2 host policies cannot tell the template is for GPUs; judging the group with its template and subnets closes that gap. A subnet that maps public IPs on launch exposes every GPU node even when the template asks for none.",
  severity: "high",
  enforcementLevel: "mandatory",
  remediationSteps:
    'In the launch template set `metadataOptions: { httpTokens: "required", httpPutResponseHopLimit: 1 }`, `blockDeviceMappings[].ebs: { encrypted: "true", kmsKeyId: key.arn }` and no public IP on its network interfaces; give the node group `subnetIds` of private subnets (mapPublicIpOnLaunch false).',
  minScope: CONTROL_SCOPES.acceleratedHostBaseline,
  services: ["eks", "ec2"],
  mappings: GPU_NODE_MAPPINGS,
  check: checkGpuNodeGroupTemplates,
};
