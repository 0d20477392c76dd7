import { readDocument } from "../../../framework/document-reading";
import { actionMatches } from "../../../framework/policy-document";
import type { StackResource } from "../../../framework/types";
import { readOr } from "../../../framework/unknowns";
import { field, knownItems } from "../../../framework/values";
import { INVOCATION_LOGGING_TYPE } from "./types";
import { awsModulePrefix, AwsType } from "../../../vocabulary";

/** The IAM actions that call a model (Converse and ConverseStream are authorised by these too). */
const INVOKE_ACTIONS = ["bedrock:InvokeModel", "bedrock:InvokeModelWithResponseStream"];

/** AWS-managed policies that grant model invocation. */
const INVOKING_MANAGED_POLICY = /:policy\/(AmazonBedrockFullAccess|AmazonBedrockLimitedAccess)$/;

/** Resources whose `policy` input is an identity policy document. */
const POLICY_DOCUMENT_TYPES = new Set<string>([
  AwsType.iam.Policy,
  AwsType.iam.RolePolicy,
  AwsType.iam.UserPolicy,
  AwsType.iam.GroupPolicy,
]);

const ATTACHMENT_TYPES = new Set<string>([
  AwsType.iam.RolePolicyAttachment,
  AwsType.iam.UserPolicyAttachment,
  AwsType.iam.GroupPolicyAttachment,
  AwsType.iam.PolicyAttachment,
]);

/**
 * True when the document `read` gives allows invoking a model. Only patterns that name Bedrock
 * count: an administrator's `"Action": "*"` grants everything but says nothing about using Bedrock.
 * A document given as an object is judged on its known parts (its actions are literals even when
 * the model ARNs next to them are not); one unknown as a whole is not counted: the update run sees it.
 */
function grantsModelInvocation(read: () => unknown): boolean {
  const document = readDocument(read);
  return (
    document.state === "parsed" &&
    document.statements.some(
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
  if (r.type.startsWith(awsModulePrefix("bedrock")) || r.type.startsWith(awsModulePrefix("bedrockmodel"))) {
    return true;
  }
  // ARNs unknown during preview are not counted: the update run sees them.
  if (POLICY_DOCUMENT_TYPES.has(r.type)) {
    return grantsModelInvocation(() => r.props.policy);
  }
  if (ATTACHMENT_TYPES.has(r.type)) {
    const arn = readOr(() => r.props.policyArn, undefined);
    return typeof arn === "string" && INVOKING_MANAGED_POLICY.test(arn);
  }
  if (r.type === AwsType.iam.Role) {
    return (
      knownItems(() => r.props.inlinePolicies).some((p) => grantsModelInvocation(() => field(p, "policy"))) ||
      knownItems(() => r.props.managedPolicyArns).some(
        (arn) => typeof arn === "string" && INVOKING_MANAGED_POLICY.test(arn),
      )
    );
  }
  return false;
}

/** The first resource of the stack that uses Bedrock models: any Bedrock resource, or an IAM grant to invoke one. */
export function firstBedrockInvoker(resources: readonly StackResource[]): StackResource | undefined {
  return resources.find(invokes);
}
