import type { PolicyDefinition } from "../../framework/types";
import { autoscalingAcceleratedFleetHardened } from "./autoscaling-accelerated-fleet-hardened";
import { ec2AcceleratedHostImdsHopLimit } from "./ec2-accelerated-host-imds-hop-limit";
import { ec2AcceleratedHostImdsv2Required } from "./ec2-accelerated-host-imdsv2-required";
import { ec2AcceleratedHostNoPublicIp } from "./ec2-accelerated-host-no-public-ip";
import { ec2AcceleratedHostNoSshKey } from "./ec2-accelerated-host-no-ssh-key";
import { ec2AcceleratedHostVolumesEncrypted } from "./ec2-accelerated-host-volumes-encrypted";
import { ec2AiStackImdsv2Required } from "./ec2-ai-stack-imdsv2-required";
import { ec2HostSubnetNoPublicIp } from "./ec2-host-subnet-no-public-ip";
import { ecrImageConsumersUseHardenedRepositories } from "./ecr-image-consumers-use-hardened-repositories";
import { ecrRepositoryEncryptedWithCmk } from "./ecr-repository-encrypted-with-cmk";
import { ecrRepositoryScanOnPush } from "./ecr-repository-scan-on-push";
import { ecrRepositoryTagsImmutable } from "./ecr-repository-tags-immutable";

/** Compute for AI: hardened GPU and accelerator hosts and fleets, and the image registry they run from. */
export const COMPUTE_POLICIES: readonly PolicyDefinition[] = [
  ec2AcceleratedHostImdsv2Required,
  ec2AcceleratedHostImdsHopLimit,
  ec2AcceleratedHostNoPublicIp,
  ec2AcceleratedHostVolumesEncrypted,
  ec2AcceleratedHostNoSshKey,
  autoscalingAcceleratedFleetHardened,
  ec2AiStackImdsv2Required,
  ec2HostSubnetNoPublicIp,
  ecrRepositoryScanOnPush,
  ecrRepositoryTagsImmutable,
  ecrRepositoryEncryptedWithCmk,
  ecrImageConsumersUseHardenedRepositories,
];
