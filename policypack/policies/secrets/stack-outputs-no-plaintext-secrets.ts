import type { StackPolicyDefinition, StackResource, StackViolation } from "../../framework/types";
import { describeFinding, findSecretsInTree } from "../../framework/secret-values";
import { PLAINTEXT_KEY_MAPPINGS } from "./lib/types";
import { CONTROL_SCOPES, PulumiType } from "../../vocabulary";

/** Pure check: the stack exports no private key, password, token or placeholder secret. */
export function checkStackOutputs(resources: readonly StackResource[]): StackViolation[] {
  return resources
    .filter((r) => r.type === PulumiType.Stack)
    .flatMap((stack) =>
      // The Stack's outputs are the program's exports; unknown exports are skipped by the walk.
      findSecretsInTree(stack.props).map((finding) => ({
        urn: stack.urn,
        message: `${describeFinding(`Stack output ${finding.path}`, finding)}: stop exporting it; export the ARN of the Secrets Manager secret that holds it instead.`,
      })),
    );
}

export const stackOutputsNoPlaintextSecrets: StackPolicyDefinition = {
  kind: "stack",
  requiresResourceType: PulumiType.Stack,
  name: "stack-outputs-no-plaintext-secrets",
  description: "The stack exports no private keys, passwords, API keys, tokens or placeholder secrets.",
  rationale:
    "Stack outputs are printed after every update, read by other stacks through stack references and copied into CI logs; a private key or password exported there reaches everyone who can read the stack. The pack sees exports with Pulumi's secret marking already removed, so it judges the value: exporting a credential at all is the risk.",
  severity: "high",
  enforcementLevel: "mandatory",
  remediationSteps:
    "Remove the export, or export the ARN of an aws.secretsmanager.Secret holding the value and let consumers read it with their own role; rotate any credential that was exported.",
  minScope: CONTROL_SCOPES.providerKeySecrets,
  services: ["secretsmanager"],
  mappings: PLAINTEXT_KEY_MAPPINGS,
  check: (resources) => checkStackOutputs(resources),
};
