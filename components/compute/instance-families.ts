import {
  ACCELERATED_FAMILIES,
  type AcceleratedFamily,
  CONTROL_SCOPES,
  type Scope,
} from "../../policypack/vocabulary";

/**
 * EC2 accelerator families and the AMIs scopeguard looks up for them, as plain tables and pure
 * functions. The families are the policy pack's vocabulary (policypack/vocabulary/accelerators.ts),
 * so a host the component builds is always one the pack recognises as accelerated, and its baseline
 * is always checked; `impliedScopeOf` reads a host of a training family as scope 5 (self-trained
 * model), so a host labelled lower would be reported as scope drift.
 */
export { ACCELERATED_FAMILIES, TRAINING_FAMILIES, type AcceleratedFamily } from "../../policypack/vocabulary";

/** The scope a training family implies. */
export const TRAINING_HOST_SCOPE: Scope = CONTROL_SCOPES.trainingHosts;

/** `p5.48xlarge`, `g6e.12xlarge`, `p6e-gb200.36xlarge`, `trn2.48xlarge`, `inf2.xlarge`, `gr6.4xlarge`. */
const INSTANCE_TYPE = new RegExp(
  // Longest family first, so `gr6` is read as gr, not g.
  `^(${[...ACCELERATED_FAMILIES].sort((a, b) => b.length - a.length).join("|")})(\\d+)([a-z0-9-]*)\\.([a-z0-9]+)$`,
);

/** A parsed accelerated instance type. */
export interface AcceleratedType {
  readonly family: AcceleratedFamily;
  /** `"x86_64"`, or `"arm64"` for Graviton and Grace hosts (a `g` among the attributes: g5g, p6e-gb200). */
  readonly architecture: "x86_64" | "arm64";
}

/** The family and architecture of an accelerated instance type; `undefined` for any other type. */
export function parseAcceleratedType(instanceType: unknown): AcceleratedType | undefined {
  if (typeof instanceType !== "string") return undefined;
  const m = INSTANCE_TYPE.exec(instanceType.trim());
  if (m === null) return undefined;
  return { family: m[1] as AcceleratedFamily, architecture: m[3].includes("g") ? "arm64" : "x86_64" };
}

/** An AMI lookup: the name pattern of the AWS-published image for a family, owned by Amazon. */
export interface AmiLookup {
  readonly namePattern: string;
  readonly architecture: "x86_64" | "arm64";
}

/**
 * AWS Deep Learning AMIs by accelerator: the NVIDIA driver base image for GPU families, the Neuron
 * image for Trainium and Inferentia. Base images on purpose: they carry the driver and the SSM
 * agent and no framework, so what runs on the host is what the team installs and pins. No image is
 * looked up for dl (Gaudi, Qualcomm) hosts, whose AMIs are vendor-specific: give `imageId`.
 */
export function amiLookupFor(type: AcceleratedType): AmiLookup | undefined {
  switch (type.family) {
    case "p":
    case "g":
    case "gr":
      return {
        namePattern:
          type.architecture === "arm64"
            ? "Deep Learning ARM64 Base OSS Nvidia Driver GPU AMI (Amazon Linux 2023) *"
            : "Deep Learning Base OSS Nvidia Driver GPU AMI (Amazon Linux 2023) *",
        architecture: type.architecture,
      };
    case "trn":
    case "inf":
      return { namePattern: "Deep Learning AMI Neuron (Amazon Linux 2023) *", architecture: "x86_64" };
    default:
      return undefined;
  }
}
