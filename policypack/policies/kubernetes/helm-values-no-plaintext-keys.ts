import type { ResourcePolicyDefinition, ResourceUnderCheck } from "../../framework/types";
import { describeFinding, findSecretsInTree } from "../../framework/secret-values";
import { readOr } from "../../framework/unknowns";
import { PLAINTEXT_KEY_MAPPINGS } from "../secrets/lib/types";
import { HELM_CHART_V4_TYPE, HELM_RELEASE_TYPE } from "./lib/types";
import { CONTROL_SCOPES } from "../../vocabulary";

/** Pure check: the values passed to a Helm chart hold no recognisable key, token or password. */
export function checkHelmValues(resource: ResourceUnderCheck): string[] {
  // A wholly unknown values tree cannot hold a literal written in the program.
  const values = readOr(() => resource.props.values, undefined);
  return findSecretsInTree(values, "values").map(
    (f) =>
      `${describeFinding(`Helm value ${f.path} of "${resource.name}"`, f)}: reference an existing Kubernetes Secret synced from Secrets Manager (most charts take existingSecret / secretKeyRef) instead of passing the value.`,
  );
}

export const helmValuesNoPlaintextKeys: ResourcePolicyDefinition = {
  kind: "resource",
  name: "helm-values-no-plaintext-keys",
  description:
    "Helm releases and charts are given no API keys, tokens, private keys, passwords or placeholder values in `values`.",
  rationale:
    "Helm stores a release's values in a cluster Secret and `helm get values` prints them to anyone with access to the namespace; a model-hub token or a database password passed as a value leaks there and in the program's state.",
  severity: "critical",
  enforcementLevel: "mandatory",
  remediationSteps:
    "Keep the credential in Secrets Manager, sync it into a Kubernetes Secret with External Secrets or the Secrets Store CSI driver, and point the chart at it (`existingSecret`, `envFrom.secretRef`); remove the value from `values` and rotate it.",
  minScope: CONTROL_SCOPES.providerKeySecrets,
  services: ["eks", "secretsmanager"],
  resourceTypes: [HELM_RELEASE_TYPE, HELM_CHART_V4_TYPE],
  mappings: PLAINTEXT_KEY_MAPPINGS,
  check: (resource) => checkHelmValues(resource),
};
