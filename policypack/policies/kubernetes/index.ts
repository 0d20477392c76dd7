import type { PolicyDefinition } from "../../framework/types";
import { helmValuesNoPlaintextKeys } from "./helm-values-no-plaintext-keys";
import { karpenterGpuNodePoolBounded } from "./karpenter-gpu-node-pool-bounded";
import { karpenterNodeClassHardened } from "./karpenter-node-class-hardened";
import { kubernetesModelServerImagePinned } from "./kubernetes-model-server-image-pinned";
import { kubernetesModelServerNotPublic } from "./kubernetes-model-server-not-public";
import { kubernetesSecretNoPlaintextKeys } from "./kubernetes-secret-no-plaintext-keys";

/** Kubernetes policies: model servers are private and pinned, credentials stay out of manifests, GPU pools are bounded. */
export const KUBERNETES_POLICIES: readonly PolicyDefinition[] = [
  kubernetesModelServerNotPublic,
  kubernetesModelServerImagePinned,
  kubernetesSecretNoPlaintextKeys,
  helmValuesNoPlaintextKeys,
  karpenterGpuNodePoolBounded,
  karpenterNodeClassHardened,
];
