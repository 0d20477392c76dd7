import * as aws from "@pulumi/aws";

// Each numbered resource breaks one scopeguard IAM control and is otherwise compliant, so the
// expected violations (README.md) map one to one onto resources. The stack declares scope 3.

// The integration's role: trusted by Lambda, which sends no source account (no condition needed).
const role = new aws.iam.Role("app-role", {
  assumeRolePolicy: JSON.stringify({
    Version: "2012-10-17",
    Statement: [
      { Effect: "Allow", Principal: { Service: "lambda.amazonaws.com" }, Action: "sts:AssumeRole" },
    ],
  }),
});

const inline = (name: string, statement: Record<string, unknown>) =>
  new aws.iam.RolePolicy(name, {
    role: role.name,
    policy: JSON.stringify({ Version: "2012-10-17", Statement: [{ Effect: "Allow", ...statement }] }),
  });

// 1. iam-no-wildcard-actions: every S3 action, even if only on one bucket.
inline("s3-star-on-reports", { Action: "s3:*", Resource: "arn:aws:s3:::quarterly-reports/*" });

// 2. iam-data-actions-not-on-all-resources: reads objects of every bucket in the account.
inline("read-every-bucket", { Action: ["s3:GetObject"], Resource: "*" });

// 3. iam-no-full-access-managed-policies: an AWS "FullAccess" managed policy.
new aws.iam.RolePolicyAttachment("s3-full-access", {
  role: role.name,
  policyArn: "arn:aws:iam::aws:policy/AmazonS3FullAccess",
});

// 4. iam-passrole-named-roles: may hand any role of the account to any service.
inline("pass-any-role", { Action: "iam:PassRole", Resource: "*" });

// 5. iam-no-user-access-keys: a long-lived access key for a CI user.
const user = new aws.iam.User("ci-user", {});
new aws.iam.AccessKey("ci-user-key", { user: user.name });

// 6. iam-ai-service-trust-source-condition: Bedrock may assume this role for any account's resources.
new aws.iam.Role("kb-role-any-source", {
  assumeRolePolicy: JSON.stringify({
    Version: "2012-10-17",
    Statement: [
      { Effect: "Allow", Principal: { Service: "bedrock.amazonaws.com" }, Action: "sts:AssumeRole" },
    ],
  }),
});
