import { unique } from "../common";

/**
 * The repository policy and the lifecycle policy of a ModelImageRepository, built from plain
 * values so they can be read and tested without a Pulumi runtime. Action lists are named
 * constants, as in aws-cdk's `perms.ts`.
 */

/** What pulling an image needs on the repository (`ecr:GetAuthorizationToken` is granted by IAM, on `*`). */
export const ECR_PULL_ACTIONS: readonly string[] = [
  "ecr:BatchGetImage",
  "ecr:GetDownloadUrlForLayer",
  "ecr:BatchCheckLayerAvailability",
];

/** What pushing an image needs: the layer upload and the manifest. */
export const ECR_PUSH_ACTIONS: readonly string[] = [
  "ecr:InitiateLayerUpload",
  "ecr:UploadLayerPart",
  "ecr:CompleteLayerUpload",
  "ecr:PutImage",
];

/**
 * A statement of a repository policy. ECR applies a repository policy to its own repository, so
 * its statements name no Resource.
 */
export interface RepositoryPolicyStatement {
  readonly Sid: string;
  readonly Effect: "Allow" | "Deny";
  readonly Principal: "*" | { readonly AWS?: string | string[]; readonly Service?: string | string[] };
  readonly Action: string | string[];
  readonly Condition?: Record<string, Record<string, string | string[]>>;
}

/** A repository policy document. */
export interface RepositoryPolicyDocument {
  readonly Version: "2012-10-17";
  readonly Statement: RepositoryPolicyStatement[];
}

/** What the repository policy needs, resolved. */
export interface RepositoryPolicyInput {
  readonly accountId: string;
  /** Principal ARNs that alone may push; empty leaves pushing to IAM. */
  readonly pushPrincipals: readonly string[];
  /** Service principals that pull images for this account (`lambda.amazonaws.com`). */
  readonly pullServices: readonly string[];
}

/**
 * The repository policy. Access inside the account is granted by IAM; the policy removes what IAM
 * cannot: any principal of another account (AWS services acting for this account excepted, since
 * they carry no principal account), pushes by anyone but the named principals, and it grants the
 * named services pulls for this account only.
 */
export function buildRepositoryPolicy(input: RepositoryPolicyInput): RepositoryPolicyDocument {
  const statements: RepositoryPolicyStatement[] = [
    {
      Sid: "DenyPrincipalsOfOtherAccounts",
      Effect: "Deny",
      Principal: "*",
      Action: "ecr:*",
      Condition: {
        StringNotEquals: { "aws:PrincipalAccount": input.accountId },
        BoolIfExists: { "aws:PrincipalIsAWSService": "false" },
      },
    },
  ];
  if (input.pushPrincipals.length > 0) {
    statements.push({
      Sid: "DenyPushExceptNamedPrincipals",
      Effect: "Deny",
      Principal: "*",
      Action: [...ECR_PUSH_ACTIONS],
      Condition: { ArnNotLike: { "aws:PrincipalArn": unique(input.pushPrincipals) } },
    });
  }
  if (input.pullServices.length > 0) {
    statements.push({
      Sid: "AllowPullByServicesForThisAccount",
      Effect: "Allow",
      Principal: { Service: unique(input.pullServices) },
      Action: [...ECR_PULL_ACTIONS],
      Condition: { StringEquals: { "aws:SourceAccount": input.accountId } },
    });
  }
  return { Version: "2012-10-17", Statement: statements };
}

/** One rule of an ECR lifecycle policy. */
export interface LifecycleRule {
  readonly rulePriority: number;
  readonly description: string;
  readonly selection: {
    readonly tagStatus: "untagged" | "tagged" | "any";
    readonly countType: "sinceImagePushed" | "imageCountMoreThan";
    readonly countUnit?: "days";
    readonly countNumber: number;
  };
  readonly action: { readonly type: "expire" };
}

/**
 * The lifecycle policy: untagged images expire after `untaggedExpiryDays`. Tagged images are kept:
 * with immutable tags a tag names exactly the image that was reviewed, scanned and deployed, and
 * rolling back a model server or re-running a training job needs that image.
 */
export function buildLifecyclePolicy(untaggedExpiryDays: number): { rules: LifecycleRule[] } {
  return {
    rules: [
      {
        rulePriority: 1,
        description: `Expire untagged images ${untaggedExpiryDays} days after their push`,
        selection: {
          tagStatus: "untagged",
          countType: "sinceImagePushed",
          countUnit: "days",
          countNumber: untaggedExpiryDays,
        },
        action: { type: "expire" },
      },
    ],
  };
}
