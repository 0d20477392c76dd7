import { show, tagArgsError } from "../common";
import type { AiWorkloadRoleArgs } from "./ai-workload-role-args";
import { modelReferenceError } from "./model-arns";
import { sendsSourceContext } from "./workload-policy";

/**
 * Pure checks of AiWorkloadRole arguments, run before any child exists. Only literal strings can
 * be checked then; values that are Outputs (a bucket name from an AiDataBucket) are trusted.
 */

/** Service principals: `bedrock.amazonaws.com`, `logs.us-east-1.amazonaws.com`, `*.amazonaws.com.cn`. */
const SERVICE_PRINCIPAL = /^[a-z0-9][a-z0-9.-]*\.amazonaws\.com(\.cn)?$/;
/** S3 bucket names (dots allowed here: existing buckets may have them). */
const BUCKET_NAME = /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/;
/** A KMS key ARN (single- or multi-Region key), not an alias. */
const KEY_ARN = /^arn:aws[a-z-]*:kms:[a-z0-9-]+:\d{12}:key\/[A-Za-z0-9-]+$/;
/** CloudWatch Logs group names. */
const LOG_GROUP_NAME = /^[A-Za-z0-9._\-/#]{1,512}$/;
/** An IAM managed policy ARN, customer- or AWS-managed. */
const POLICY_ARN = /^arn:aws[a-z-]*:iam::(\d{12}|aws):policy\/[A-Za-z0-9+=,.@_\-/]+$/;

const literals = (values: readonly unknown[] | undefined): string[] =>
  (values ?? []).filter((v): v is string => typeof v === "string");

const hasWildcard = (v: string): boolean => v.includes("*") || v.includes("?");

function trustedServiceError(service: unknown): string | undefined {
  if (service === undefined) {
    return `trustedService is required: name the AWS service that assumes the role, such as "bedrock.amazonaws.com".`;
  }
  if (typeof service === "string" && !SERVICE_PRINCIPAL.test(service)) {
    return `trustedService ${show(service)} is not an AWS service principal such as "bedrock.amazonaws.com" or "lambda.amazonaws.com".`;
  }
  return undefined;
}

function sourceArnError(sourceArn: unknown, service: unknown): string | undefined {
  if (sourceArn !== undefined && typeof service === "string" && !sendsSourceContext(service)) {
    return `sourceArn cannot limit a role trusted by ${service}, which sends no aws:SourceArn when it assumes a role (the role could never be assumed); remove sourceArn.`;
  }
  return typeof sourceArn === "string" && !sourceArn.startsWith("arn:")
    ? `sourceArn ${show(sourceArn)} is not an ARN; name the resource the service acts for, such as "arn:aws:bedrock:us-east-1:123456789012:model-customization-job/*".`
    : undefined;
}

function bucketsError(argName: string, buckets: readonly unknown[] | undefined): string | undefined {
  for (const bucket of literals(buckets)) {
    if (hasWildcard(bucket)) {
      return `${argName} contains "${bucket}"; name each bucket, a wildcard would grant every bucket it matches.`;
    }
    if (bucket.startsWith("arn:")) {
      return `${argName} contains the ARN "${bucket}"; give the bucket's name, the role is granted its objects and listing.`;
    }
    if (!BUCKET_NAME.test(bucket)) {
      return `${argName} contains "${bucket}", which is not an S3 bucket name (3 to 63 lowercase letters, digits, dots and hyphens).`;
    }
  }
  return undefined;
}

function keysError(keys: readonly unknown[] | undefined): string | undefined {
  const bad = literals(keys).find((k) => hasWildcard(k) || !KEY_ARN.test(k));
  if (bad === undefined) return undefined;
  return hasWildcard(bad)
    ? `useKeys contains "${bad}"; name each key by its ARN, a wildcard would grant every key it matches.`
    : `useKeys contains "${bad}", which is not a KMS key ARN (arn:aws:kms:<region>:<account>:key/<id>); aliases cannot be granted, use the key's ARN.`;
}

function logGroupsError(groups: readonly unknown[] | undefined): string | undefined {
  const bad = literals(groups).find((g) => hasWildcard(g) || !LOG_GROUP_NAME.test(g));
  if (bad === undefined) return undefined;
  return hasWildcard(bad)
    ? `writeLogGroups contains "${bad}"; name each log group, a wildcard would grant every group it matches.`
    : `writeLogGroups contains "${bad}", which is not a CloudWatch Logs group name.`;
}

function boundaryError(arn: unknown): string | undefined {
  return typeof arn === "string" && (hasWildcard(arn) || !POLICY_ARN.test(arn))
    ? `permissionsBoundaryArn ${show(arn)} is not an IAM managed policy ARN (arn:aws:iam::<account>:policy/<name>).`
    : undefined;
}

function modelsError(models: readonly unknown[] | undefined): string | undefined {
  for (const model of literals(models)) {
    const problem = modelReferenceError(model);
    if (problem !== undefined) return problem;
  }
  return undefined;
}

/** The first problem with `args`, without the component prefix; `undefined` when they are valid. */
export function aiWorkloadRoleArgsError(args: AiWorkloadRoleArgs): string | undefined {
  return [
    tagArgsError(args),
    trustedServiceError(args?.trustedService),
    sourceArnError(args.sourceArn, args.trustedService),
    modelsError(args.invokeModels),
    bucketsError("readBuckets", args.readBuckets),
    bucketsError("writeBuckets", args.writeBuckets),
    keysError(args.useKeys),
    logGroupsError(args.writeLogGroups),
    boundaryError(args.permissionsBoundaryArn),
  ].find((m) => m !== undefined);
}
