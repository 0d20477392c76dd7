import type * as pulumi from "@pulumi/pulumi";
import type { ResourcePolicyStatementArgs } from "../common";

/**
 * Services such as Bedrock (guardrails), OpenSearch Serverless (collections), EC2, ECR and SageMaker
 * encrypt with a customer-managed key by creating a KMS grant for themselves, on behalf of the
 * principal that creates the resource. A ScopedKey's via-service grant gives cryptographic use but
 * not `kms:CreateGrant`, so components that hand a ScopedKey to such a service add this statement
 * to its key policy (ScopedKey's `additionalKeyPolicyStatements`).
 */

/**
 * Principals of `accountId` may create grants on the key only through `viaServices`
 * (`bedrock.us-east-1.amazonaws.com`), and only grants for an AWS resource
 * (`kms:GrantIsForAWSResource`), so nobody can mint a grant for themselves directly.
 */
export function serviceGrantStatement(
  accountId: pulumi.Input<string>,
  viaServices: pulumi.Input<pulumi.Input<string>[]>,
): ResourcePolicyStatementArgs {
  return {
    sid: "CreateGrantsForAwsResourcesThroughService",
    effect: "Allow",
    awsPrincipals: ["*"],
    actions: ["kms:CreateGrant"],
    conditions: [
      { operator: "StringEquals", key: "kms:CallerAccount", values: [accountId] },
      { operator: "StringEquals", key: "kms:ViaService", values: viaServices },
      { operator: "Bool", key: "kms:GrantIsForAWSResource", values: ["true"] },
    ],
  };
}
