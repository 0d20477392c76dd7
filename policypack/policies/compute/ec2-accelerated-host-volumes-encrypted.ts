import type {
  CheckContext,
  ResourcePolicyDefinition,
  ResourceProps,
  ResourceUnderCheck,
} from "../../framework/types";
import type { Scope } from "../../vocabulary";
import { asList, field, first, isRecord, isTrue } from "../../framework/values";
import {
  checkAcceleratedHost,
  HOST_TYPES,
  inheritsFromTemplate,
  type HostKind,
} from "./lib/accelerated-hosts";
import { isCustomerKeySet } from "../../framework/references";
import { CONTROL_SCOPES } from "../../vocabulary";

/** From this scope on, the volumes of accelerated hosts must use a customer-managed key. */
export const CMK_VOLUME_SCOPE: Scope = CONTROL_SCOPES.acceleratedHostLockdown;

interface Volume {
  readonly label: string;
  readonly path: string;
  readonly block: unknown;
}

function judgeVolume(volume: Volume, requireCmk: boolean): string[] {
  if (!isTrue(field(volume.block, "encrypted"))) {
    return [`${volume.label} is not encrypted: set ${volume.path}.encrypted to true.`];
  }
  if (requireCmk && !isCustomerKeySet(() => field(volume.block, "kmsKeyId"))) {
    return [
      `${volume.label} is encrypted with the AWS-managed key: set ${volume.path}.kmsKeyId to a customer-managed key (required from scope ${CMK_VOLUME_SCOPE}).`,
    ];
  }
  return [];
}

function instanceVolumes(props: ResourceProps, kind: HostKind): { volumes: Volume[]; findings: string[] } {
  const volumes: Volume[] = [];
  const findings: string[] = [];
  const root = first(props.rootBlockDevice);
  if (isRecord(root)) {
    volumes.push({ label: "The root volume", path: "rootBlockDevice", block: root });
  } else if (!inheritsFromTemplate(props, kind)) {
    findings.push(
      "The root volume's encryption is left to the AMI snapshot and the account's EBS default: declare rootBlockDevice with encrypted: true.",
    );
  }
  asList(props.ebsBlockDevices).forEach((block, i) => {
    const device = field(block, "deviceName");
    const label = typeof device === "string" ? `EBS volume ${device}` : `EBS volume ${i}`;
    volumes.push({ label, path: `ebsBlockDevices[${i}]`, block });
  });
  return { volumes, findings };
}

function templateVolumes(props: ResourceProps): { volumes: Volume[]; findings: string[] } {
  const volumes: Volume[] = [];
  asList(props.blockDeviceMappings).forEach((mapping, i) => {
    const ebs = first(field(mapping, "ebs"));
    if (!isRecord(ebs)) {
      return; // instance-store and suppressed devices: not EBS
    }
    const device = field(mapping, "deviceName");
    const label = typeof device === "string" ? `EBS volume ${device}` : `EBS volume ${i}`;
    volumes.push({ label, path: `blockDeviceMappings[${i}].ebs`, block: ebs });
  });
  const findings =
    volumes.length === 0
      ? [
          "The launch template declares no EBS volume, so the root volume's encryption is left to the AMI snapshot and the account's EBS default: add a blockDeviceMappings entry for the root device with ebs.encrypted \"true\".",
        ]
      : [];
  return { volumes, findings };
}

/** The host's volume findings at `scope`, whatever its instance type. Reads the deciding values directly. */
export function volumeFindings(props: ResourceProps, kind: HostKind, scope: Scope): string[] {
  const { volumes, findings } = kind === "instance" ? instanceVolumes(props, kind) : templateVolumes(props);
  const requireCmk = scope >= CMK_VOLUME_SCOPE;
  return [...findings, ...volumes.flatMap((v) => judgeVolume(v, requireCmk))];
}

/** Pure check: every EBS volume of a GPU or accelerator host is encrypted (with a CMK from scope 5). */
export function checkVolumesEncrypted(resource: ResourceUnderCheck, context: CheckContext): string[] {
  return checkAcceleratedHost(resource, (props, kind) => volumeFindings(props, kind, context.scope));
}

export const ec2AcceleratedHostVolumesEncrypted: ResourcePolicyDefinition = {
  kind: "resource",
  name: "ec2-accelerated-host-volumes-encrypted",
  description:
    "EC2 instances and launch templates on GPU or accelerator families encrypt every EBS volume explicitly, with a customer-managed key from scope 5.",
  rationale:
    "Accelerated hosts stage datasets, checkpoints and model weights on local EBS volumes, and their snapshots outlive the host. Encryption applies from scope 1 because it costs nothing; the customer-managed key, which lets you audit and revoke access to those volumes, is required at scope 5, where the weights are your own trained model.",
  severity: "high",
  enforcementLevel: "mandatory",
  remediationSteps:
    'On an aws.ec2.Instance set `rootBlockDevice: { encrypted: true, kmsKeyId: key.arn }` and `encrypted: true` on each `ebsBlockDevices` entry; on an aws.ec2.LaunchTemplate set `ebs: { encrypted: "true", kmsKeyId: key.arn }` in each `blockDeviceMappings` entry, the root device included.',
  minScope: CONTROL_SCOPES.acceleratedHostBaseline,
  services: ["ec2", "ebs", "kms"],
  resourceTypes: HOST_TYPES,
  mappings: {
    nistCsf: ["PR.DS-01"],
    owaspLlm: ["LLM02"],
    mitreAtlas: ["AML.M0012", "AML.T0035"],
    cisaNcsc: ["secure-deployment"],
    seedItems: ["csf.pr-encryption", "cisa.dev-asset-protection", "cisa.deploy-protect-model"],
  },
  check: checkVolumesEncrypted,
};
