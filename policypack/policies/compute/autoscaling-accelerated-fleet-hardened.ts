import type {
  CheckContext,
  ResourceProps,
  StackPolicyDefinition,
  StackResource,
  StackViolation,
} from "../../framework/types";
import { programOutputs } from "../../framework/outputs";
import { readOr, tryRead } from "../../framework/unknowns";
import { asList, field, first } from "../../framework/values";
import { requirementsAccelerated } from "../../framework/accelerated-capacity";
import { CONTROL_SCOPES, isAcceleratedInstanceType } from "../../vocabulary";
import {
  accelerationOf,
  AUTOSCALING_GROUP_TYPE,
  LAUNCH_TEMPLATE_TYPE,
  type HostKind,
} from "./lib/accelerated-hosts";
import { ec2AcceleratedHostImdsHopLimit, hopLimitFindings } from "./ec2-accelerated-host-imds-hop-limit";
import { ec2AcceleratedHostImdsv2Required, imdsv2Findings } from "./ec2-accelerated-host-imdsv2-required";
import { ec2AcceleratedHostNoPublicIp, publicIpFindings } from "./ec2-accelerated-host-no-public-ip";
import { ec2AcceleratedHostNoSshKey, sshKeyFindings } from "./ec2-accelerated-host-no-ssh-key";
import { ec2AcceleratedHostVolumesEncrypted, volumeFindings } from "./ec2-accelerated-host-volumes-encrypted";
import { knownStrings, TargetIndex } from "../../framework/target-index";

/** The host baseline, each control applied from the scope its own policy applies at. */
const BASELINE: readonly {
  readonly minScope: number;
  readonly findings: (props: ResourceProps, kind: HostKind, context: CheckContext) => string[];
}[] = [
  { minScope: ec2AcceleratedHostImdsv2Required.minScope, findings: imdsv2Findings },
  { minScope: ec2AcceleratedHostImdsHopLimit.minScope, findings: hopLimitFindings },
  { minScope: ec2AcceleratedHostNoPublicIp.minScope, findings: publicIpFindings },
  {
    minScope: ec2AcceleratedHostVolumesEncrypted.minScope,
    findings: (p, k, c) => volumeFindings(p, k, c.scope),
  },
  { minScope: ec2AcceleratedHostNoSshKey.minScope, findings: sshKeyFindings },
];

/** The launch templates a group launches from: property dependencies first, then literal ids and names. Shared with the subnet check. */
export function templatesOf(group: StackResource, templates: TargetIndex): StackResource[] {
  const linked = [
    ...templates.byDependency(group, "launchTemplate"),
    ...templates.byDependency(group, "mixedInstancesPolicy"),
  ];
  if (linked.length > 0) {
    return [...new Set(linked)];
  }
  // The group's outputs: a block the program left out is unknown during preview, not a reference.
  const outputs = programOutputs(group);
  const direct = () => first(outputs.launchTemplate);
  const mixed = () =>
    first(
      field(
        first(field(first(outputs.mixedInstancesPolicy), "launchTemplate")),
        "launchTemplateSpecification",
      ),
    );
  const found = [
    () => field(direct(), "id"),
    () => field(direct(), "name"),
    () => field(mixed(), "launchTemplateId"),
    () => field(mixed(), "launchTemplateName"),
  ]
    .map((read) => templates.byValue(readOr(read, undefined)))
    .filter((t): t is StackResource => t !== undefined);
  return [...new Set(found)];
}

/** The accelerated instance type a group asks for through its mixed-instances overrides, if any. */
export function acceleratedOverride(group: StackResource): string | undefined {
  const found = tryRead(() => {
    const launchTemplate = first(field(first(programOutputs(group).mixedInstancesPolicy), "launchTemplate"));
    for (const override of asList(field(launchTemplate, "overrides"))) {
      const type = field(override, "instanceType");
      const accelerated = isAcceleratedInstanceType(type)
        ? type
        : requirementsAccelerated(first(field(override, "instanceRequirements")));
      if (accelerated !== undefined) {
        return accelerated;
      }
    }
    return undefined;
  });
  return found.known ? found.value : undefined;
}

/**
 * The baseline findings of a template, judged on its outputs as the program set them (a
 * `metadataOptions` block left out is unknown during preview, and holds AWS's defaults); a control
 * whose value the program computes from other resources is left to the update run.
 */
function baselineFindings(template: StackResource, context: CheckContext): string[] {
  const outputs = programOutputs(template);
  return BASELINE.filter((control) => context.scope >= control.minScope).flatMap((control) => {
    const found = tryRead(() => control.findings(outputs, "launch-template", context));
    return found.known ? found.value : [];
  });
}

/** Pure check over the stack: Auto Scaling groups of accelerated instances launch from hardened templates. */
export function checkAcceleratedFleets(
  resources: readonly StackResource[],
  context: CheckContext,
): StackViolation[] {
  const templates = new TargetIndex(resources, [LAUNCH_TEMPLATE_TYPE], (r) =>
    knownStrings(r, ["id", "name"]),
  );
  const violations: StackViolation[] = [];
  for (const group of resources) {
    if (group.type !== AUTOSCALING_GROUP_TYPE) {
      continue;
    }
    for (const template of templatesOf(group, templates)) {
      const own = accelerationOf(programOutputs(template), "launch-template");
      const instanceType = own.state === "yes" ? own.instanceType : acceleratedOverride(group);
      if (instanceType === undefined) {
        continue;
      }
      const findings = baselineFindings(template, context);
      if (findings.length > 0) {
        violations.push({
          urn: group.urn,
          message: `Auto Scaling group "${group.name}" launches accelerated instances (${instanceType}) from launch template "${template.name}", which misses the GPU host baseline: ${findings.join(" ")}`,
        });
      }
    }
  }
  return violations;
}

export const autoscalingAcceleratedFleetHardened: StackPolicyDefinition = {
  kind: "stack",
  requiresResourceType: AUTOSCALING_GROUP_TYPE,
  name: "autoscaling-accelerated-fleet-hardened",
  description:
    "Auto Scaling groups of GPU or accelerator instances launch from a launch template that meets the GPU host baseline (IMDSv2, no public IP, encrypted volumes; hop limit 1, no SSH key and CMK-encrypted volumes at scope 5).",
  rationale:
    "Training and inference fleets are where an unhardened template is multiplied: every scaled-out node inherits it. The template alone often does not reveal the accelerator, which the group picks through mixed-instances overrides; judging the group and its template together catches that case. Each control applies from the scope of its own EC2 policy.",
  severity: "high",
  enforcementLevel: "mandatory",
  remediationSteps:
    'Fix the aws.ec2.LaunchTemplate the group uses: `metadataOptions: { httpTokens: "required", httpPutResponseHopLimit: 1 }`, no `keyName`, `networkInterfaces[].associatePublicIpAddress: "false"`, and `blockDeviceMappings[].ebs: { encrypted: "true", kmsKeyId: key.arn }` for every EBS device; then roll the group (instance refresh).',
  minScope: CONTROL_SCOPES.acceleratedHostBaseline,
  services: ["autoscaling", "ec2"],
  mappings: {
    nistCsf: ["PR.PS-01", "PR.AA-05", "PR.DS-01", "PR.IR-01"],
    owaspLlm: ["LLM02"],
    mitreAtlas: ["AML.M0005", "AML.M0012", "AML.T0035"],
    cisaNcsc: ["secure-deployment"],
    seedItems: [
      "csf.pr-platform-security",
      "cisa.deploy-secure-infrastructure",
      "checklist.supply-isolated-self-hosted",
    ],
  },
  check: checkAcceleratedFleets,
};
