import * as pulumi from "@pulumi/pulumi";
import type { PolicyStatement } from "../common";
import { appendStatements } from "../logging";
import { AwsType } from "../../policypack/vocabulary";

/**
 * Services such as Bedrock (guardrails) and OpenSearch Serverless (collections) encrypt with a
 * customer-managed key by creating a KMS grant for themselves, on behalf of the principal that
 * creates the resource. A ScopedKey's via-service grant gives cryptographic use but not
 * `kms:CreateGrant`, so components that hand a ScopedKey to such a service append this statement
 * to the key policy (through a transformation of the ScopedKey's `aws:kms/key:Key`).
 */

/** The type token of the key a ScopedKey creates. */
const KMS_KEY_TYPE = AwsType.kms.Key;

/**
 * Principals of `accountId` may create grants on the key only through `viaService`
 * (`bedrock.us-east-1.amazonaws.com`), and only grants for an AWS resource
 * (`kms:GrantIsForAWSResource`), so nobody can mint a grant for themselves directly.
 */
export function serviceGrantStatement(accountId: string, viaService: string): PolicyStatement {
  return {
    Sid: "CreateGrantsForAwsResourcesThroughService",
    Effect: "Allow",
    Principal: { AWS: "*" },
    Action: ["kms:CreateGrant"],
    Resource: "*",
    Condition: {
      StringEquals: { "kms:CallerAccount": accountId, "kms:ViaService": viaService },
      Bool: { "kms:GrantIsForAWSResource": "true" },
    },
  };
}

/**
 * A transformation for a ScopedKey's resource options: appends `statements` to the policy of the
 * key it creates, so the key keeps a single policy document, checkable by the pack.
 */
export function appendToKeyPolicy(
  statements: pulumi.Input<PolicyStatement[]>,
): pulumi.ResourceTransformation {
  return (t) => {
    if (t.type !== KMS_KEY_TYPE) return undefined;
    const policy = pulumi
      .all([t.props.policy as pulumi.Input<string>, pulumi.output(statements)])
      .apply(([json, extra]) => appendStatements(json, extra as PolicyStatement[]));
    return { props: { ...t.props, policy }, opts: t.opts };
  };
}
