import type { PolicyDefinition } from "../../framework/types";
import { eksClusterAuditLogging } from "./eks-cluster-audit-logging";
import { eksClusterEndpointNotPublic } from "./eks-cluster-endpoint-not-public";
import { eksClusterSecretsEncryptedWithCmk } from "./eks-cluster-secrets-encrypted-with-cmk";
import { eksGpuNodeGroupHardened } from "./eks-gpu-node-group-hardened";
import { eksGpuNodeGroupLaunchTemplateHardened } from "./eks-gpu-node-group-launch-template-hardened";
import { eksGpuNodeGroupSizeCapped } from "./eks-gpu-node-group-size-capped";

/** EKS policies: the control plane is private, encrypted and audited; GPU node groups are hardened and capped. */
export const EKS_POLICIES: readonly PolicyDefinition[] = [
  eksClusterEndpointNotPublic,
  eksClusterSecretsEncryptedWithCmk,
  eksClusterAuditLogging,
  eksGpuNodeGroupHardened,
  eksGpuNodeGroupLaunchTemplateHardened,
  eksGpuNodeGroupSizeCapped,
];
