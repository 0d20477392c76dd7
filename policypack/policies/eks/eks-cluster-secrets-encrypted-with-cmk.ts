import type { ResourcePolicyDefinition, ResourceUnderCheck } from "../../framework/types";
import { isReferenceSet } from "../../framework/references";
import { tryRead } from "../../framework/unknowns";
import { field, first, stringItems } from "../../framework/values";
import { CONTROL_SCOPES, isAwsManagedKey } from "../../vocabulary";
import { CLUSTER_TYPE, CLUSTER_TYPES } from "./lib/types";

/** The envelope key and the resources it covers, for either kind of cluster. */
function envelope(resource: ResourceUnderCheck): { keyArn: () => unknown; coversSecrets: () => boolean } {
  if (resource.type === CLUSTER_TYPE) {
    const config = () => first(resource.props.encryptionConfig);
    return {
      keyArn: () => field(first(field(config(), "provider")), "keyArn"),
      coversSecrets: () => stringItems(field(config(), "resources")).includes("secrets"),
    };
  }
  // The eks Cluster component always encrypts `secrets` with the key it is given.
  return { keyArn: () => resource.props.encryptionConfigKeyArn, coversSecrets: () => true };
}

/** Pure check: Kubernetes Secrets are envelope-encrypted with a customer-managed KMS key. */
export function checkClusterSecretsEncryption(resource: ResourceUnderCheck): string[] {
  const { keyArn, coversSecrets } = envelope(resource);
  const key = tryRead(keyArn);
  if (!isReferenceSet(keyArn, "string")) {
    return [
      `Cluster "${resource.name}" does not envelope-encrypt Kubernetes Secrets: set ${resource.type === CLUSTER_TYPE ? 'encryptionConfig: { provider: { keyArn: key.arn }, resources: ["secrets"] }' : "encryptionConfigKeyArn: key.arn"} with a customer-managed KMS key.`,
    ];
  }
  if (key.known && typeof key.value === "string" && isAwsManagedKey(key.value)) {
    return [
      `Cluster "${resource.name}" encrypts Kubernetes Secrets with the AWS managed key ${key.value}: use a customer-managed KMS key whose policy you control.`,
    ];
  }
  // Whether `secrets` is covered only matters once a key is given; an unknown list lets the SDK say so.
  return coversSecrets()
    ? []
    : [
        `Cluster "${resource.name}" has an encryption key but does not list "secrets" in encryptionConfig.resources: add it.`,
      ];
}

export const eksClusterSecretsEncryptedWithCmk: ResourcePolicyDefinition = {
  kind: "resource",
  name: "eks-cluster-secrets-encrypted-with-cmk",
  description: "EKS clusters envelope-encrypt Kubernetes Secrets with a customer-managed KMS key.",
  rationale:
    "Model servers on Kubernetes receive their Hugging Face tokens, provider keys and database passwords as Kubernetes Secrets, stored in etcd. Envelope encryption with a key the stack controls adds a KMS permission, logged in CloudTrail, between an etcd snapshot and every one of those credentials.",
  severity: "high",
  enforcementLevel: "mandatory",
  remediationSteps:
    'Create an aws.kms.Key (rotation on) and set `encryptionConfig: { provider: { keyArn: key.arn }, resources: ["secrets"] }` on aws.eks.Cluster, or `encryptionConfigKeyArn: key.arn` on eks.Cluster.',
  minScope: CONTROL_SCOPES.clusterSecretsEncryption,
  services: ["eks", "kms"],
  resourceTypes: CLUSTER_TYPES,
  mappings: {
    nistCsf: ["PR.DS-01"],
    owaspLlm: ["LLM02"],
    mitreAtlas: ["AML.M0012"],
    cisaNcsc: ["secure-deployment"],
    seedItems: ["csf.pr-encryption", "checklist.auth-secrets-manager", "cisa.dev-asset-protection"],
  },
  check: (resource) => checkClusterSecretsEncryption(resource),
};
