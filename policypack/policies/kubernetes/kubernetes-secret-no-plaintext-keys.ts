import type { ResourcePolicyDefinition, ResourceUnderCheck } from "../../framework/types";
import { describeFinding, findSecretsInTree, type TreeFinding } from "../../framework/secret-values";
import { readOr, tryRead } from "../../framework/unknowns";
import { isRecord } from "../../framework/values";
import { PLAINTEXT_KEY_MAPPINGS } from "../secrets/lib/types";
import { SECRET_TYPE } from "./lib/types";
import { CONTROL_SCOPES } from "../../vocabulary";

/** `data` holds base64 values: decode the known ones so the detector sees what the pod will. */
function decodedData(data: unknown): Record<string, string> {
  const keys = tryRead(() => (isRecord(data) ? Object.keys(data) : []));
  const decoded: Record<string, string> = {};
  for (const key of keys.known ? keys.value : []) {
    const value = readOr(() => (data as Record<string, unknown>)[key], undefined);
    if (typeof value === "string") {
      decoded[key] = Buffer.from(value, "base64").toString("utf8");
    }
  }
  return decoded;
}

/** Pure check: a Kubernetes Secret written by the program holds no recognisable key, token or password. */
export function checkKubernetesSecret(resource: ResourceUnderCheck): string[] {
  const stringData = readOr(() => resource.props.stringData, undefined);
  const data = readOr(() => resource.props.data, undefined);
  const findings: TreeFinding[] = [
    ...findSecretsInTree(stringData, "stringData"),
    ...findSecretsInTree(decodedData(data), "data"),
  ];
  return findings.map(
    (f) =>
      `${describeFinding(`Secret "${resource.name}" key ${f.path}`, f)}: keep the value in AWS Secrets Manager and sync it into the cluster with the Secrets Store CSI driver or External Secrets, so it is never written into the program or its state.`,
  );
}

export const kubernetesSecretNoPlaintextKeys: ResourcePolicyDefinition = {
  kind: "resource",
  name: "kubernetes-secret-no-plaintext-keys",
  description:
    "Kubernetes Secrets created by the program hold no API keys, tokens, private keys, passwords or placeholder values in `stringData` or `data`.",
  rationale:
    "A Hugging Face or provider token written into a Secret by the program lives in its source, its state and etcd, and is readable by anyone who can get secrets in the namespace; it never rotates. The pack receives Pulumi secrets unwrapped, so a token passed through `pulumi.secret` is judged the same: the credential should not pass through the program at all.",
  severity: "critical",
  enforcementLevel: "mandatory",
  remediationSteps:
    "Store the token in an aws.secretsmanager.Secret (CMK, rotation) and project it into pods with the AWS Secrets Store CSI driver or an External Secrets `ExternalSecret`; delete the Kubernetes Secret from the program and rotate the exposed token.",
  minScope: CONTROL_SCOPES.providerKeySecrets,
  services: ["eks", "secretsmanager"],
  resourceTypes: [SECRET_TYPE],
  mappings: PLAINTEXT_KEY_MAPPINGS,
  check: (resource) => checkKubernetesSecret(resource),
};
