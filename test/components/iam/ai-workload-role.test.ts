import { strict as assert } from "assert";
import { AiWorkloadRole, type AiWorkloadRoleArgs } from "../../../components/iam";
import { ScopedKey } from "../../../components/kms";
import { isUnknown, only, resourceErrorMessage, run, type Registered } from "../support";

const ROLE = "aws:iam/role:Role";
const POLICY = "aws:iam/rolePolicy:RolePolicy";
const KEY = "arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab";
const BASE: AiWorkloadRoleArgs = { trustedService: "bedrock.amazonaws.com" };

async function role(
  args: AiWorkloadRoleArgs = BASE,
  mode: "preview" | "update" = "preview",
): Promise<Registered[]> {
  const { resources, error } = await run(mode, () => new AiWorkloadRole("app", args));
  assert.equal(error, undefined);
  return resources;
}

async function rejection(args: AiWorkloadRoleArgs): Promise<string> {
  const { resources, error } = await run("preview", () => new AiWorkloadRole("app", args));
  assert.deepEqual(
    resources.map((r) => r.type),
    ["scopeguard:iam:AiWorkloadRole"],
  );
  return resourceErrorMessage(error);
}

const policies = (resources: Registered[]) =>
  Object.fromEntries(
    resources.filter((r) => r.type === POLICY).map((r) => [r.name, JSON.parse(r.inputs.policy)]),
  );

describe("AiWorkloadRole", () => {
  it("trusts only the named service, for this account", async () => {
    const trust = JSON.parse(only(await role(), ROLE).inputs.assumeRolePolicy);
    assert.deepEqual(trust.Statement, [
      {
        Sid: "TrustedServiceForThisAccount",
        Effect: "Allow",
        Principal: { Service: "bedrock.amazonaws.com" },
        Action: "sts:AssumeRole",
        Condition: { StringEquals: { "aws:SourceAccount": "123456789012" } },
      },
    ]);
  });

  it("adds aws:SourceArn to the trust when sourceArn is given", async () => {
    const arn = "arn:aws:bedrock:us-east-1:123456789012:model-customization-job/*";
    const trust = JSON.parse(only(await role({ ...BASE, sourceArn: arn }), ROLE).inputs.assumeRolePolicy);
    assert.deepEqual(trust.Statement[0].Condition.ArnLike, { "aws:SourceArn": arn });
  });

  it("creates no inline policy when nothing is granted", async () => {
    assert.deepEqual(policies(await role()), {});
  });

  it("creates one inline policy per kind of grant", async () => {
    const resources = await role({
      ...BASE,
      invokeModels: ["anthropic.claude-v2"],
      readBuckets: ["data"],
      useKeys: [KEY],
      writeLogGroups: ["/ai/app"],
    });
    assert.deepEqual(Object.keys(policies(resources)).sort(), [
      "app-buckets",
      "app-keys",
      "app-logs",
      "app-models",
    ]);
  });

  it("grants invoke on the named model's ARN only", async () => {
    const doc = policies(await role({ ...BASE, invokeModels: ["anthropic.claude-v2"] }))["app-models"];
    assert.deepEqual(doc.Statement, [
      {
        Sid: "InvokeNamedModels",
        Effect: "Allow",
        Action: ["bedrock:InvokeModel", "bedrock:InvokeModelWithResponseStream"],
        Resource: ["arn:aws:bedrock:us-east-1::foundation-model/anthropic.claude-v2"],
      },
    ]);
  });

  it("keeps the model and bucket policies known during preview when a key ARN is not", async () => {
    const { resources } = await run("preview", () => {
      const key = new ScopedKey("data");
      return new AiWorkloadRole("app", {
        ...BASE,
        invokeModels: ["anthropic.claude-v2"],
        readBuckets: ["data"],
        useKeys: [key.keyArn],
      });
    });
    const byName = Object.fromEntries(
      resources.filter((r) => r.type === POLICY).map((r) => [r.name, r.inputs.policy]),
    );
    assert.deepEqual(
      [isUnknown(byName["app-models"]), isUnknown(byName["app-buckets"]), isUnknown(byName["app-keys"])],
      [false, false, true],
    );
  });

  it("names the role's policies after the role, known during preview", async () => {
    const resources = await role({ ...BASE, readBuckets: ["data"] });
    assert.match(only(resources, POLICY).inputs.role, /^app-[0-9a-f]{7}$/);
  });

  it("passes the permissions boundary through", async () => {
    const boundary = "arn:aws:iam::123456789012:policy/ai-boundary";
    assert.equal(
      only(await role({ ...BASE, permissionsBoundaryArn: boundary }), ROLE).inputs.permissionsBoundary,
      boundary,
    );
  });

  it("labels the role with scope 2 by default", async () => {
    assert.equal(only(await role(), ROLE).inputs.tags["ai-scope"], "2");
  });

  it("rejects a role without a trusted service", async () => {
    assert.equal(
      await rejection({} as AiWorkloadRoleArgs),
      'AiWorkloadRole "app": trustedService is required: name the AWS service that assumes the role, such as "bedrock.amazonaws.com".',
    );
  });

  it("rejects a trusted service that is not a service principal", async () => {
    assert.equal(
      await rejection({ trustedService: "*" }),
      'AiWorkloadRole "app": trustedService "*" is not an AWS service principal such as "bedrock.amazonaws.com" or "lambda.amazonaws.com".',
    );
  });

  it("rejects an invalid model id", async () => {
    assert.equal(
      await rejection({ ...BASE, invokeModels: ["claude"] }),
      'AiWorkloadRole "app": invokeModels contains "claude", which is not a Bedrock model id such as "anthropic.claude-3-5-sonnet-20240620-v1:0" or an inference profile id such as "us.amazon.nova-pro-v1:0".',
    );
  });

  it("rejects a wildcard model", async () => {
    assert.equal(
      await rejection({ ...BASE, invokeModels: ["*"] }),
      'AiWorkloadRole "app": invokeModels contains "*"; name each model by its id or ARN, a wildcard would grant every model it matches.',
    );
  });

  it("rejects a wildcard bucket", async () => {
    assert.equal(
      await rejection({ ...BASE, readBuckets: ["training-*"] }),
      'AiWorkloadRole "app": readBuckets contains "training-*"; name each bucket, a wildcard would grant every bucket it matches.',
    );
  });

  it("rejects a bucket ARN instead of a name", async () => {
    assert.equal(
      await rejection({ ...BASE, writeBuckets: ["arn:aws:s3:::data"] }),
      'AiWorkloadRole "app": writeBuckets contains the ARN "arn:aws:s3:::data"; give the bucket\'s name, the role is granted its objects and listing.',
    );
  });

  it("rejects a wildcard key", async () => {
    assert.equal(
      await rejection({ ...BASE, useKeys: ["arn:aws:kms:us-east-1:123456789012:key/*"] }),
      'AiWorkloadRole "app": useKeys contains "arn:aws:kms:us-east-1:123456789012:key/*"; name each key by its ARN, a wildcard would grant every key it matches.',
    );
  });

  it("rejects a key alias", async () => {
    assert.equal(
      await rejection({ ...BASE, useKeys: ["alias/data"] }),
      'AiWorkloadRole "app": useKeys contains "alias/data", which is not a KMS key ARN (arn:aws:kms:<region>:<account>:key/<id>); aliases cannot be granted, use the key\'s ARN.',
    );
  });

  it("rejects sourceArn for a service that sends none", async () => {
    assert.equal(
      await rejection({
        trustedService: "lambda.amazonaws.com",
        sourceArn: "arn:aws:lambda:us-east-1:123456789012:function:f",
      }),
      'AiWorkloadRole "app": sourceArn cannot limit a role trusted by lambda.amazonaws.com, which sends no aws:SourceArn when it assumes a role (the role could never be assumed); remove sourceArn.',
    );
  });

  it("rejects a permissions boundary that is not a policy ARN", async () => {
    assert.equal(
      await rejection({ ...BASE, permissionsBoundaryArn: "AdministratorAccess" }),
      'AiWorkloadRole "app": permissionsBoundaryArn "AdministratorAccess" is not an IAM managed policy ARN (arn:aws:iam::<account>:policy/<name>).',
    );
  });
});
