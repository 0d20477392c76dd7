import { linkConfigurations } from "../../framework/correlate";
import type { StackPolicyDefinition, StackResource, StackViolation } from "../../framework/types";
import { DEFAULT_SECURITY_GROUP_TYPE, VPC_TYPE } from "./lib/types";
import { CONTROL_SCOPES } from "../../vocabulary";

/** Pure check over the stack: every VPC the stack creates also adopts and strips its default security group. */
export function checkDefaultSecurityGroupManaged(resources: readonly StackResource[]): StackViolation[] {
  return linkConfigurations(resources, {
    targetTypes: [VPC_TYPE],
    targetKeys: ["id"],
    configTypes: [DEFAULT_SECURITY_GROUP_TYPE],
    configProperty: "vpcId",
  })
    .filter(({ configs }) => configs.length === 0)
    .map(({ target }) => ({
      urn: target.urn,
      message: `VPC "${target.name}" keeps AWS's default security group, which lets its members talk to each other and reach anywhere: add an aws.ec2.DefaultSecurityGroup with vpcId set to the VPC and no rules.`,
    }));
}

export const ec2VpcDefaultSecurityGroupManaged: StackPolicyDefinition = {
  kind: "stack",
  requiresResourceType: VPC_TYPE,
  name: "ec2-vpc-default-security-group-managed",
  description:
    "Every VPC the stack creates has its default security group adopted (aws.ec2.DefaultSecurityGroup) so that its rules can be removed.",
  rationale:
    "AWS creates each VPC's default security group with allow-all egress and allow-all traffic between members; until the stack manages it, those rules stay and apply to anything launched without a group.",
  severity: "low",
  enforcementLevel: "advisory",
  remediationSteps:
    "Add `new aws.ec2.DefaultSecurityGroup(name, { vpcId: vpc.id })` with no ingress or egress for each aws.ec2.Vpc.",
  minScope: CONTROL_SCOPES.networkBaseline,
  services: ["ec2"],
  mappings: {
    nistCsf: ["PR.IR-01", "PR.PS-01"],
    owaspLlm: ["LLM02"],
    mitreAtlas: ["AML.M0019"],
    cisaNcsc: ["secure-deployment"],
    seedItems: ["cisa.deploy-secure-defaults", "csf.pr-platform-security"],
  },
  check: (resources) => checkDefaultSecurityGroupManaged(resources),
};
