import type { ResourcePolicyDefinition, ResourceUnderCheck } from "../../framework/types";
import { tryRead } from "../../framework/unknowns";
import { isString, readAs } from "../../framework/values";
import { findKey } from "../../framework/secret-values";
import { PLAINTEXT_KEY_MAPPINGS, SSM_PARAMETER_TYPE } from "./lib/types";
import { CONTROL_SCOPES } from "../../vocabulary";

/** Pure check: a parameter whose value is a key is a SecureString. */
export function checkParameterKeys(resource: ResourceUnderCheck): string[] {
  const props = resource.props;
  const declared = readAs(() => props.name, isString);
  const name = declared.state === "value" ? declared.value : resource.name;
  const findings = ["value", "insecureValue"]
    .map((property) => tryRead(() => props[property]))
    .map((value) => (value.known && typeof value.value === "string" ? findKey(name, value.value) : undefined))
    .filter((f) => f !== undefined);
  if (findings.length === 0) {
    return [];
  }
  // Read directly: whether a key is stored in clear depends on the type.
  const type: unknown = props.type;
  if (type === "SecureString") {
    return [];
  }
  const shown = typeof type === "string" ? type : "no type";
  return findings.map(
    (f) =>
      `Parameter "${name}" stores ${f.kind} ("${f.masked}") as ${shown}, readable in clear by anyone with ssm:GetParameter: make it a SecureString encrypted with a customer-managed key, or move it to Secrets Manager.`,
  );
}

export const ssmParameterKeysAreSecureStrings: ResourcePolicyDefinition = {
  kind: "resource",
  name: "ssm-parameter-keys-are-secure-strings",
  description:
    "SSM parameters that hold an API key, token or AWS credential are SecureStrings, never String or StringList.",
  rationale:
    "A String parameter is returned in clear to any caller with ssm:GetParameter(s), is shown in the console and change history, and is not protected by a KMS key policy.",
  severity: "high",
  enforcementLevel: "mandatory",
  remediationSteps:
    'Set `type: "SecureString"` and `keyId` to a customer-managed key on the aws.ssm.Parameter (or move the key to Secrets Manager for rotation), supply the value from a Pulumi secret rather than a literal, and rotate the exposed key.',
  minScope: CONTROL_SCOPES.providerKeySecrets,
  services: ["ssm"],
  resourceTypes: [SSM_PARAMETER_TYPE],
  mappings: PLAINTEXT_KEY_MAPPINGS,
  check: (resource) => checkParameterKeys(resource),
};
