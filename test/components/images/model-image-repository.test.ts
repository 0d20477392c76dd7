import { strict as assert } from "assert";
import {
  ECR_PULL_ACTIONS,
  ECR_PUSH_ACTIONS,
  ModelImageRepository,
  type ModelImageRepositoryArgs,
} from "../../../components/images";
import { only, resourceErrorMessage, run, valueOf, type Registered } from "../support";
import { statementsOf } from "../policy-json";

const T = {
  component: "scopeguard:images:ModelImageRepository",
  repository: "aws:ecr/repository:Repository",
  lifecycle: "aws:ecr/lifecyclePolicy:LifecyclePolicy",
  policy: "aws:ecr/repositoryPolicy:RepositoryPolicy",
  key: "aws:kms/key:Key",
};
const OWN_KEY = "arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab";
const PIPELINE = "arn:aws:iam::123456789012:role/image-pipeline";

async function repository(
  args: ModelImageRepositoryArgs = {},
  mode: "preview" | "update" = "update",
): Promise<Registered[]> {
  const { resources, error } = await run(mode, () => new ModelImageRepository("serving-images", args));
  assert.equal(error, undefined);
  return resources;
}

async function rejection(args: ModelImageRepositoryArgs, name = "serving-images"): Promise<string> {
  const { resources, error } = await run("preview", () => new ModelImageRepository(name, args));
  assert.deepEqual(
    resources.map((r) => r.type),
    [T.component],
  );
  return resourceErrorMessage(error);
}

const repositoryOf = async (args: ModelImageRepositoryArgs = {}) =>
  only(await repository(args), T.repository).inputs;
const policyOf = async (args: ModelImageRepositoryArgs = {}) =>
  JSON.parse(only(await repository(args), T.policy).inputs.policy);

describe("ModelImageRepository", () => {
  it("scans every image on push", async () => {
    assert.deepEqual((await repositoryOf()).imageScanningConfiguration, { scanOnPush: true });
  });

  it("makes tags immutable", async () => {
    assert.equal((await repositoryOf()).imageTagMutability, "IMMUTABLE");
  });

  it("encrypts images with the key it creates", async () => {
    const resources = await repository();
    assert.deepEqual(only(resources, T.repository).inputs.encryptionConfigurations, [
      { encryptionType: "KMS", kmsKey: only(resources, T.key).state.arn },
    ]);
  });

  it("lets the account use and grant the key it creates through ECR only", async () => {
    const statements = statementsOf(only(await repository(), T.key).inputs.policy);
    const bySid = Object.fromEntries(statements.map((s) => [s.Sid, s]));
    assert.deepEqual(bySid.AccountUseThroughServices.Condition.StringEquals["kms:ViaService"], [
      "ecr.us-east-1.amazonaws.com",
    ]);
    assert.equal(
      bySid.CreateGrantsForAwsResourcesThroughService.Condition.StringEquals["kms:ViaService"],
      "ecr.us-east-1.amazonaws.com",
    );
  });

  it("encrypts with the given key and creates none", async () => {
    const resources = await repository({ kmsKeyArn: OWN_KEY });
    assert.equal(only(resources, T.repository).inputs.encryptionConfigurations[0].kmsKey, OWN_KEY);
    assert.equal(
      resources.some((r) => r.type === T.key),
      false,
    );
  });

  it("keeps a repository that still holds images on destroy", async () => {
    assert.equal((await repositoryOf()).forceDelete, false);
  });

  it("is named after the component, or as asked", async () => {
    assert.deepEqual(
      [(await repositoryOf()).name, (await repositoryOf({ repositoryName: "team/serving" })).name],
      ["serving-images", "team/serving"],
    );
  });

  it("expires untagged images after 14 days and keeps tagged ones", async () => {
    assert.deepEqual(JSON.parse(only(await repository(), T.lifecycle).inputs.policy), {
      rules: [
        {
          rulePriority: 1,
          description: "Expire untagged images 14 days after their push",
          selection: {
            tagStatus: "untagged",
            countType: "sinceImagePushed",
            countUnit: "days",
            countNumber: 14,
          },
          action: { type: "expire" },
        },
      ],
    });
  });

  it("expires untagged images after the given days", async () => {
    const lifecycle = only(await repository({ untaggedImageExpiryDays: 3 }), T.lifecycle).inputs;
    assert.equal(JSON.parse(lifecycle.policy).rules[0].selection.countNumber, 3);
  });

  it("denies every principal of another account, but not AWS services acting for this one", async () => {
    assert.deepEqual((await policyOf()).Statement, [
      {
        Sid: "DenyPrincipalsOfOtherAccounts",
        Effect: "Deny",
        Principal: "*",
        Action: "ecr:*",
        Condition: {
          StringNotEquals: { "aws:PrincipalAccount": "123456789012" },
          BoolIfExists: { "aws:PrincipalIsAWSService": "false" },
        },
      },
    ]);
  });

  it("denies pushes by anyone but the named principals", async () => {
    const [, push] = (await policyOf({ pushPrincipals: [PIPELINE] })).Statement;
    assert.deepEqual(push, {
      Sid: "DenyPushExceptNamedPrincipals",
      Effect: "Deny",
      Principal: "*",
      Action: [...ECR_PUSH_ACTIONS],
      Condition: { ArnNotLike: { "aws:PrincipalArn": [PIPELINE] } },
    });
  });

  it("lets the named services pull for this account only", async () => {
    const [, pull] = (await policyOf({ pullServices: ["lambda.amazonaws.com"] })).Statement;
    assert.deepEqual(pull, {
      Sid: "AllowPullByServicesForThisAccount",
      Effect: "Allow",
      Principal: { Service: ["lambda.amazonaws.com"] },
      Action: [...ECR_PULL_ACTIONS],
      Condition: { StringEquals: { "aws:SourceAccount": "123456789012" } },
    });
  });

  it("builds its URL as ECR reports it after creation", async () => {
    let repo!: ModelImageRepository;
    const { resources } = await run("update", () => (repo = new ModelImageRepository("serving-images")));
    assert.equal(await valueOf(repo.repositoryUrl), only(resources, T.repository).state.repositoryUrl);
  });

  it("knows image URIs by tag and by digest, and its ARN, during preview", async () => {
    let repo!: ModelImageRepository;
    await run("preview", () => (repo = new ModelImageRepository("serving-images")));
    assert.deepEqual(
      await Promise.all([
        valueOf(repo.imageUri("v1")),
        valueOf(repo.imageUri("sha256:0123abcd")),
        valueOf(repo.repositoryArn),
      ]),
      [
        "123456789012.dkr.ecr.us-east-1.amazonaws.com/serving-images:v1",
        "123456789012.dkr.ecr.us-east-1.amazonaws.com/serving-images@sha256:0123abcd",
        "arn:aws:ecr:us-east-1:123456789012:repository/serving-images",
      ],
    );
  });

  it("labels the repository with scope 5 by default", async () => {
    assert.equal((await repositoryOf()).tags["ai-scope"], "5");
  });

  describe("rejects, before creating anything,", () => {
    const cases: [string, ModelImageRepositoryArgs, string][] = [
      [
        "a repository name ECR refuses",
        { repositoryName: "Serving Images" },
        "repositoryName \"Serving Images\" must be 2 to 256 lowercase letters and digits, in segments joined by '.', '_' or '-' and separated by '/'.",
      ],
      [
        "an expiry that is not a whole number of days",
        { untaggedImageExpiryDays: 0 },
        "untaggedImageExpiryDays must be a whole number of days from 1 to 3650 (got 0).",
      ],
      [
        "an empty list of push principals",
        { pushPrincipals: [] },
        "pushPrincipals is empty, so nobody could push; list the roles that publish images (your build pipeline's), or remove it to leave pushing to IAM.",
      ],
      [
        "a wildcard push principal",
        { pushPrincipals: ["arn:aws:iam::123456789012:role/*"] },
        'pushPrincipals contains "arn:aws:iam::123456789012:role/*"; name each principal by its ARN, a wildcard would grant the key to anyone.',
      ],
      [
        "a push principal that is not a role or user ARN",
        { pushPrincipals: ["image-pipeline"] },
        'pushPrincipals contains "image-pipeline", which is not an IAM role or user ARN (arn:aws:iam::<account>:role/<name>).',
      ],
      [
        "a pull service that is not a service principal",
        { pullServices: ["lambda"] },
        'pullServices contains "lambda", which is not an AWS service principal such as "lambda.amazonaws.com".',
      ],
      [
        "key administrators with the caller's key",
        { kmsKeyArn: OWN_KEY, keyAdmins: ["arn:aws:iam::123456789012:role/admin"] },
        "keyAdmins configures the key the repository creates, but kmsKeyArn brings your own; remove one or the other.",
      ],
    ];
    for (const [what, args, message] of cases) {
      it(what, async () => {
        assert.equal(await rejection(args), `ModelImageRepository "serving-images": ${message}`);
      });
    }

    it("a component name that cannot be a repository name", async () => {
      assert.equal(
        await rejection({}, "ServingImages"),
        "ModelImageRepository \"ServingImages\": the name \"ServingImages\" becomes the repository name, which must be 2 to 256 lowercase letters and digits, in segments joined by '.', '_' or '-' and separated by '/'; rename the component or set repositoryName.",
      );
    });
  });
});
