import { actionMatches, parsePolicyDocument } from "../../framework/policy-document";
import type { StackResource } from "../../framework/types";
import { readOr } from "../../framework/unknowns";
import { asList, field } from "../../framework/values";
import { INVOCATION_LOGGING_TYPE } from "./types";

/** The IAM actions that call a model (Converse and ConverseStream are authorised by these too). */
const INVOKE_ACTIONS = ["bedrock:InvokeModel", "bedrock:InvokeModelWithResponseStream"];

/** AWS-managed policies that grant model invocation. */
const INVOKING_MANAGED_POLICY = /:policy\/(AmazonBedrockFullAccess|AmazonBedrockLimitedAccess)$/;

/** Resources whose `policy` input is an identity policy document. */
const POLICY_DOCUMENT_TYPES = new Set([
  "aws:iam/policy:Policy",
  "aws:iam/rolePolicy:RolePolicy",
  "aws:iam/userPolicy:UserPolicy",
  "aws:iam/groupPolicy:GroupPolicy",
]);

const ATTACHMENT_TYPES = new Set([
  "aws:iam/rolePolicyAttachment:RolePolicyAttachment",
  "aws:iam/userPolicyAttachment:UserPolicyAttachment",
  "aws:iam/groupPolicyAttachment:GroupPolicyAttachment",
  "aws:iam/policyAttachment:PolicyAttachment",
]);

/**
 * True when a document allows invoking a model. Only patterns that name Bedrock count: an
 * administrator's `"Action": "*"` grants everything but says nothing about using Bedrock.
 */
export function grantsModelInvocation(document: unknown): boolean {
  const parsed = parsePolicyDocument(document);
  return (
    parsed.ok &&
    parsed.statements.some(
      (s) =>
        s.effect === "Allow" &&
        s.actions.some(
          (a) =>
            a.toLowerCase().startsWith("bedrock:") &&
            INVOKE_ACTIONS.some((action) => actionMatches(a, action)),
        ),
    )
  );
}

function invokes(r: StackResource): boolean {
  if (r.type === INVOCATION_LOGGING_TYPE) {
    return false;
  }
  if (r.type.startsWith("aws:bedrock/") || r.type.startsWith("aws:bedrockmodel/")) {
    return true;
  }
  // Documents and ARNs unknown during preview are not counted: the update run sees them.
  if (POLICY_DOCUMENT_TYPES.has(r.type)) {
    return grantsModelInvocation(readOr(() => r.props.policy, undefined));
  }
  if (ATTACHMENT_TYPES.has(r.type)) {
    const arn = readOr(() => r.props.policyArn, undefined);
    return typeof arn === "string" && INVOKING_MANAGED_POLICY.test(arn);
  }
  if (r.type === "aws:iam/role:Role") {
    const inline = readOr(() => asList(r.props.inlinePolicies).map((p) => field(p, "policy")), []);
    const managed = readOr(() => asList(r.props.managedPolicyArns), []);
    return (
      inline.some(grantsModelInvocation) ||
      managed.some((arn) => typeof arn === "string" && INVOKING_MANAGED_POLICY.test(arn))
    );
  }
  return false;
}

/** The stack's resources that use Bedrock models: any Bedrock resource, or an IAM grant to invoke one. */
export function bedrockInvokers(resources: readonly StackResource[]): StackResource[] {
  return resources.filter(invokes);
}
