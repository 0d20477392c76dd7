import type { CheckContext, ResourcePolicyDefinition, ResourceUnderCheck } from "../../framework/types";
import { collectFindings } from "../../framework/decidable";
import { isReferenceSet } from "../../framework/references";
import { field, isRecord, isTrue, knownItems } from "../../framework/values";
import { CMK_VOLUME_SCOPE } from "../compute/ec2-accelerated-host-volumes-encrypted";
import { GPU_NODE_MAPPINGS } from "../eks/lib/types";
import { NODE_CLASS_TYPES } from "./lib/types";
import { CONTROL_SCOPES } from "../../vocabulary";

/**
 * Karpenter's own defaults are hardened (IMDSv2 required, hop limit 1, encrypted root volume), so
 * the check looks for what a program wrote to weaken them, and from scope 5 for a customer-managed key.
 */
function metadataFindings(name: string, spec: unknown): string[] {
  const options: unknown = field(spec, "metadataOptions");
  const tokens = field(options, "httpTokens");
  const hops = field(options, "httpPutResponseHopLimit");
  const found: string[] = [];
  if (tokens !== undefined && tokens !== null && tokens !== "required") {
    found.push(
      `EC2NodeClass "${name}" sets metadataOptions.httpTokens to "${String(tokens)}": set it to "required" (IMDSv2).`,
    );
  }
  if (hops !== undefined && hops !== null && hops !== 1) {
    found.push(
      `EC2NodeClass "${name}" sets metadataOptions.httpPutResponseHopLimit to ${String(hops)}: set it to 1 so pods cannot reach the node role.`,
    );
  }
  return found;
}

function volumeFindings(name: string, spec: unknown, scope: number): string[] {
  const mappings = knownItems(() => field(spec, "blockDeviceMappings")).filter(isRecord);
  const requireCmk = scope >= CMK_VOLUME_SCOPE;
  if (mappings.length === 0) {
    return requireCmk
      ? [
          `EC2NodeClass "${name}" leaves its volumes to Karpenter's defaults (AWS managed key): at scope ${scope} declare blockDeviceMappings with ebs.encrypted true and ebs.kmsKeyID set to a customer-managed key.`,
        ]
      : [];
  }
  return mappings.flatMap((m, i) => {
    const ebs = field(m, "ebs");
    if (!isTrue(field(ebs, "encrypted"))) {
      return [
        `EC2NodeClass "${name}" block device ${i} is not encrypted: set blockDeviceMappings[${i}].ebs.encrypted to true.`,
      ];
    }
    // A key computed from another resource is unknown in preview, and still a key.
    return requireCmk && !isReferenceSet(() => field(ebs, "kmsKeyID"), "string")
      ? [
          `EC2NodeClass "${name}" block device ${i} uses the AWS managed key: set ebs.kmsKeyID to a customer-managed key at scope ${scope}.`,
        ]
      : [];
  });
}

/** Pure check: a node class keeps IMDSv2 with hop limit 1, encrypted volumes and no public addresses. */
export function checkNodeClass(resource: ResourceUnderCheck, context: CheckContext): string[] {
  const spec = () => resource.props.spec;
  return collectFindings(
    () => metadataFindings(resource.name, spec()),
    () => volumeFindings(resource.name, spec(), context.scope),
    () =>
      isTrue(field(spec(), "associatePublicIPAddress"))
        ? [
            `EC2NodeClass "${resource.name}" gives nodes public IP addresses: remove associatePublicIPAddress and select private subnets.`,
          ]
        : [],
  );
}

export const karpenterNodeClassHardened: ResourcePolicyDefinition = {
  kind: "resource",
  name: "karpenter-node-class-hardened",
  description:
    "Karpenter EC2NodeClasses keep IMDSv2 with hop limit 1, encrypt their volumes (with a customer-managed key at scope 5) and give nodes no public IP.",
  rationale:
    "Every node Karpenter launches, GPU nodes included, is built from its EC2NodeClass: a weakened metadata option there hands the node role to every pod, and an unencrypted or public node is multiplied by every scale-out.",
  severity: "high",
  enforcementLevel: "mandatory",
  remediationSteps:
    'Remove weakening settings or set `metadataOptions: { httpTokens: "required", httpPutResponseHopLimit: 1 }`, `blockDeviceMappings: [{ deviceName: "/dev/xvda", ebs: { encrypted: true, kmsKeyID: key.arn, volumeSize: "200Gi" } }]`, and no `associatePublicIPAddress: true`.',
  minScope: CONTROL_SCOPES.acceleratedHostBaseline,
  services: ["eks", "ec2"],
  resourceTypes: NODE_CLASS_TYPES,
  mappings: GPU_NODE_MAPPINGS,
  check: checkNodeClass,
};
