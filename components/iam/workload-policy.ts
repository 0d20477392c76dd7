import { NO_SOURCE_CONTEXT_PRINCIPALS } from "../../policypack/vocabulary";
import { unique } from "../common";
import {
  BEDROCK_INVOKE_ACTIONS,
  KMS_USE_ACTIONS,
  LOG_WRITE_ACTIONS,
  S3_BUCKET_ACTIONS,
  S3_READ_OBJECT_ACTIONS,
  S3_WRITE_OBJECT_ACTIONS,
} from "./actions";
import { resolveModel } from "./model-arns";

/**
 * The identity policy and the trust policy of an AiWorkloadRole, rendered from plain values. The
 * component resolves its inputs and calls these; the tests simulate the same documents with
 * @cloud-copilot/iam-simulate.
 */

/** A statement of an identity policy: no principal, always named resources. */
export interface IdentityPolicyStatement {
  readonly Sid: string;
  readonly Effect: "Allow" | "Deny";
  readonly Action: string[];
  readonly Resource: string[];
  readonly Condition?: Record<string, Record<string, string | string[]>>;
}

/** An identity policy document. */
export interface IdentityPolicyDocument {
  readonly Version: "2012-10-17";
  readonly Statement: IdentityPolicyStatement[];
}

/** True when `service` sends a source account with AssumeRole, so the trust can be conditioned on it. */
export function sendsSourceContext(service: string): boolean {
  return !NO_SOURCE_CONTEXT_PRINCIPALS.includes(service);
}

/** A role's trust policy: one service, conditioned on this account where the service allows it. */
export interface TrustPolicyDocument {
  readonly Version: "2012-10-17";
  readonly Statement: {
    readonly Sid: string;
    readonly Effect: "Allow";
    readonly Principal: { readonly Service: string };
    readonly Action: "sts:AssumeRole";
    readonly Condition?: Record<string, Record<string, string>>;
  }[];
}

/** The grants of a workload, resolved to plain values. Every list may be empty. */
export interface WorkloadGrants {
  /** Model ids or ARNs (validated by modelReferenceError). */
  readonly invokeModels: readonly string[];
  /** Bucket names whose objects the workload reads. */
  readonly readBuckets: readonly string[];
  /** Bucket names the workload writes objects to. */
  readonly writeBuckets: readonly string[];
  /** KMS key ARNs the workload encrypts and decrypts with. */
  readonly useKeys: readonly string[];
  /** Log group names the workload writes to. */
  readonly writeLogGroups: readonly string[];
}

/** Where the grants live. */
export interface WorkloadPolicyInput extends WorkloadGrants {
  readonly partition: string;
  readonly region: string;
  readonly accountId: string;
}

/** Grants with every list empty; spread it and set the lists you need. */
export const NO_GRANTS: WorkloadGrants = {
  invokeModels: [],
  readBuckets: [],
  writeBuckets: [],
  useKeys: [],
  writeLogGroups: [],
};

/** True when the grants give anything at all (an empty policy document is invalid in IAM). */
export function hasGrants(grants: WorkloadGrants): boolean {
  return Object.values(grants).some((list: readonly string[]) => list.length > 0);
}

/** The identity policy document: one statement per kind of grant, each on the named resources only. */
export function buildWorkloadPolicyDocument(input: WorkloadPolicyInput): IdentityPolicyDocument {
  const p = input.partition;
  const statements: IdentityPolicyStatement[] = [];
  const models = input.invokeModels.map((m) => resolveModel(m, input));
  const direct = unique(models.flatMap((m) => m.directArns));
  if (direct.length > 0) {
    statements.push({
      Sid: "InvokeNamedModels",
      Effect: "Allow",
      Action: [...BEDROCK_INVOKE_ACTIONS],
      Resource: direct,
    });
  }
  const profiles = models.flatMap((m) => (m.throughProfile === undefined ? [] : [m.throughProfile]));
  unique(profiles.map((t) => JSON.stringify(t))).forEach((json, index) => {
    const t = JSON.parse(json) as { profileArn: string; modelArn: string };
    // A cross-region profile routes to the model in other regions; allow that only through the profile.
    statements.push({
      Sid: `InvokeModelThroughProfile${index}`,
      Effect: "Allow",
      Action: [...BEDROCK_INVOKE_ACTIONS],
      Resource: [t.modelArn],
      Condition: { StringEquals: { "bedrock:InferenceProfileArn": t.profileArn } },
    });
  });
  const bucketArn = (b: string): string => `arn:${p}:s3:::${b}`;
  const buckets = unique([...input.readBuckets, ...input.writeBuckets]);
  if (buckets.length > 0) {
    statements.push({
      Sid: "ListNamedBuckets",
      Effect: "Allow",
      Action: [...S3_BUCKET_ACTIONS],
      Resource: buckets.map(bucketArn),
    });
  }
  if (input.readBuckets.length > 0) {
    statements.push({
      Sid: "ReadNamedBucketObjects",
      Effect: "Allow",
      Action: [...S3_READ_OBJECT_ACTIONS],
      Resource: unique(input.readBuckets).map((b) => `${bucketArn(b)}/*`),
    });
  }
  if (input.writeBuckets.length > 0) {
    statements.push({
      Sid: "WriteNamedBucketObjects",
      Effect: "Allow",
      Action: [...S3_WRITE_OBJECT_ACTIONS],
      Resource: unique(input.writeBuckets).map((b) => `${bucketArn(b)}/*`),
    });
  }
  if (input.useKeys.length > 0) {
    statements.push({
      Sid: "UseNamedKeys",
      Effect: "Allow",
      Action: [...KMS_USE_ACTIONS],
      Resource: unique(input.useKeys),
    });
  }
  if (input.writeLogGroups.length > 0) {
    const group = (g: string): string => `arn:${p}:logs:${input.region}:${input.accountId}:log-group:${g}`;
    statements.push({
      Sid: "WriteNamedLogGroups",
      Effect: "Allow",
      Action: [...LOG_WRITE_ACTIONS],
      Resource: unique(input.writeLogGroups).flatMap((g) => [group(g), `${group(g)}:*`]),
    });
  }
  return { Version: "2012-10-17", Statement: statements };
}

/** What a trust policy needs, resolved. */
export interface TrustPolicyInput {
  /** The service principal, such as `bedrock.amazonaws.com`. */
  readonly service: string;
  readonly accountId: string;
  /** When set, only requests the service makes for this resource (ARN pattern) may assume the role. */
  readonly sourceArn?: string;
}

/**
 * The trust policy: the named service may assume the role only on behalf of this account
 * (`aws:SourceAccount`) and, when given, only for the named resource (`aws:SourceArn`), the two
 * conditions AWS recommends against the confused-deputy problem. Services in
 * NO_SOURCE_CONTEXT_PRINCIPALS get no condition: they send neither key, and they only act for
 * compute of this account anyway (a function or instance that names the role).
 */
export function buildTrustPolicy(input: TrustPolicyInput): TrustPolicyDocument {
  const statement = {
    Sid: "TrustedServiceForThisAccount",
    Effect: "Allow" as const,
    Principal: { Service: input.service },
    Action: "sts:AssumeRole" as const,
  };
  if (!sendsSourceContext(input.service)) {
    return { Version: "2012-10-17", Statement: [statement] };
  }
  const condition: Record<string, Record<string, string>> = {
    StringEquals: { "aws:SourceAccount": input.accountId },
  };
  if (input.sourceArn !== undefined) {
    condition.ArnLike = { "aws:SourceArn": input.sourceArn };
  }
  return {
    Version: "2012-10-17",
    Statement: [{ ...statement, Condition: condition }],
  };
}
