import type { ResourcePolicyDefinition, ResourceUnderCheck } from "../../framework/types";
import { DEFAULT_SECURITY_GROUP_TYPE } from "./lib/types";
import { CONTROL_SCOPES } from "../../vocabulary";

/** Pure check: the adopted default security group keeps no rules. */
export function checkDefaultSecurityGroupClosed(resource: ResourceUnderCheck): string[] {
  // Read directly: unknown rule lists may hold anything.
  const counts = (["ingress", "egress"] as const).map((direction) => {
    const rules: unknown = resource.props[direction];
    return { direction, count: Array.isArray(rules) ? rules.length : 0 };
  });
  const open = counts.filter((c) => c.count > 0);
  if (open.length === 0) {
    return [];
  }
  return [
    `The default security group keeps ${open.map((c) => `${c.count} ${c.direction} rule${c.count > 1 ? "s" : ""}`).join(" and ")}: leave ingress and egress empty and give workloads their own security groups.`,
  ];
}

export const ec2DefaultSecurityGroupClosed: ResourcePolicyDefinition = {
  kind: "resource",
  name: "ec2-default-security-group-closed",
  description:
    "A managed default security group (aws.ec2.DefaultSecurityGroup) has no ingress and no egress rules.",
  rationale:
    "Anything launched without an explicit security group (a notebook, a training instance, an endpoint) lands in the default group; if it allows traffic, that workload is reachable and can reach out without anyone having decided so.",
  severity: "medium",
  enforcementLevel: "mandatory",
  remediationSteps:
    "Declare the aws.ec2.DefaultSecurityGroup with `vpcId` and no `ingress` or `egress` (Pulumi then removes AWS's default rules), and attach purpose-made security groups to every workload.",
  minScope: CONTROL_SCOPES.networkBaseline,
  services: ["ec2"],
  resourceTypes: [DEFAULT_SECURITY_GROUP_TYPE],
  mappings: {
    nistCsf: ["PR.IR-01", "PR.PS-01"],
    owaspLlm: ["LLM02"],
    mitreAtlas: ["AML.M0019"],
    cisaNcsc: ["secure-deployment"],
    seedItems: ["cisa.deploy-secure-defaults", "csf.pr-platform-security"],
  },
  check: (resource) => checkDefaultSecurityGroupClosed(resource),
};
