import type { ResourceUnderCheck } from "../../../framework/types";
import type { DocumentSource } from "../../../framework/document-reading";
import { attempt } from "../../../framework/unknowns";
import { field } from "../../../framework/values";
import { IAM_ROLE_TYPE } from "./types";

// Where IAM resources keep their documents; reading and judging them is framework/document-reading.ts.

/** The identity-based documents a resource carries: `policy`, or a role's `inlinePolicies`. */
export function identityDocuments(resource: ResourceUnderCheck): DocumentSource[] {
  const props = resource.props;
  if (resource.type !== IAM_ROLE_TYPE) {
    return [{ label: "the policy", read: () => props.policy }];
  }
  const list = attempt(() => props.inlinePolicies);
  if (!list.ok) {
    return [
      {
        label: "the inline policies",
        read: () => {
          throw list.error;
        },
      },
    ];
  }
  const policies = list.value;
  if (!Array.isArray(policies)) {
    return [];
  }
  return Array.from({ length: policies.length }, (_, i) => {
    const name = attempt(() => field(policies[i], "name"));
    const label =
      name.ok && typeof name.value === "string" ? `inline policy "${name.value}"` : `inline policy #${i + 1}`;
    return { label, read: () => field(policies[i], "policy") };
  });
}

/** A role's trust policy. */
export function trustDocument(resource: ResourceUnderCheck): DocumentSource[] {
  return resource.type === IAM_ROLE_TYPE
    ? [{ label: "the trust policy", read: () => resource.props.assumeRolePolicy }]
    : [];
}
