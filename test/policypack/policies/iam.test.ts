import * as assert from "node:assert/strict";
import { isWildcardOnlyAction, runSimulation, type Simulation } from "@cloud-copilot/iam-simulate";
import { iamAiServiceTrustSourceCondition as aiTrust } from "../../../policypack/policies/iam/iam-ai-service-trust-source-condition";
import { iamDataActionsNotOnAllResources as dataActions } from "../../../policypack/policies/iam/iam-data-actions-not-on-all-resources";
import { iamNoFullAccessManagedPolicies as fullAccess } from "../../../policypack/policies/iam/iam-no-full-access-managed-policies";
import { iamNoUserAccessKeys as accessKeys } from "../../../policypack/policies/iam/iam-no-user-access-keys";
import { iamNoWildcardActions as wildcard } from "../../../policypack/policies/iam/iam-no-wildcard-actions";
import { iamPassRoleNamedRoles as passRole } from "../../../policypack/policies/iam/iam-passrole-named-roles";
import { iamPassRolePassedToService as passedTo } from "../../../policypack/policies/iam/iam-passrole-passed-to-service";
import { iamServiceTrustSourceCondition as serviceTrust } from "../../../policypack/policies/iam/iam-service-trust-source-condition";
import {
  MODEL_AND_DATA_ACTIONS,
  PASS_ROLE_ACTION,
} from "../../../policypack/policies/iam/lib/sensitive-actions";
import { IAM_POLICIES } from "../../../policypack/policies/iam";
import { contextAt, resource, UNKNOWN } from "../support";

const POLICY = "aws:iam/policy:Policy";
const ROLE_POLICY = "aws:iam/rolePolicy:RolePolicy";
const ROLE = "aws:iam/role:Role";
const ATTACHMENT = "aws:iam/rolePolicyAttachment:RolePolicyAttachment";
const ACCESS_KEY = "aws:iam/accessKey:AccessKey";
const ctx = contextAt(1);
const ctx3 = contextAt(3);

const doc = (...statements: object[]) => JSON.stringify({ Version: "2012-10-17", Statement: statements });
const allow = (Action: unknown, Resource: unknown, extra: object = {}) => ({
  Effect: "Allow",
  Action,
  Resource,
  ...extra,
});
const MODEL_ARN = "arn:aws:bedrock:us-east-1::foundation-model/anthropic.claude-3-haiku-20240307-v1:0";
const ROLE_ARN = "arn:aws:iam::123456789012:role/training-execution";
const trust = (...statements: object[]) =>
  resource(ROLE, { assumeRolePolicy: doc(...statements) }, "svc-role");
const trusts = (service: string, extra: object = {}) => ({
  Effect: "Allow",
  Principal: { Service: service },
  Action: "sts:AssumeRole",
  ...extra,
});
const SOURCE_ACCOUNT = { Condition: { StringEquals: { "aws:SourceAccount": "123456789012" } } };

describe("iam policies", () => {
  it("all carry complete metadata", () => {
    for (const p of IAM_POLICIES) {
      assert.match(p.name, /^iam-[a-z-]+$/);
      assert.ok(p.description && p.rationale && p.remediationSteps, p.name);
      assert.ok(
        p.mappings.nistCsf.length > 0 && p.mappings.cisaNcsc.length > 0 && p.mappings.seedItems.length > 0,
        p.name,
      );
    }
  });

  it("name only real IAM actions that can be scoped to a resource (checked against iam-simulate's data)", async () => {
    for (const action of [...MODEL_AND_DATA_ACTIONS, PASS_ROLE_ACTION]) {
      const [service, name] = action.split(":");
      assert.equal(await isWildcardOnlyAction(service, name), false, action);
    }
  });
});

describe("iam-no-wildcard-actions", () => {
  it("passes named actions", () => {
    const r = resource(POLICY, { policy: doc(allow(["bedrock:InvokeModel"], MODEL_ARN)) });
    assert.deepEqual(wildcard.check(r, ctx), []);
  });

  it('fails "*" and names the statement', () => {
    const r = resource(POLICY, { policy: doc({ Sid: "Admin", ...allow("*", "*") }) });
    assert.deepEqual(wildcard.check(r, ctx), [
      'Statement "Admin" of the policy allows every action of every service ("*"): list the actions the workload calls.',
    ]);
  });

  it("fails a service wildcard", () => {
    const r = resource(ROLE_POLICY, { policy: doc(allow("s3:GetObject", "*"), allow(["sagemaker:*"], "*")) });
    assert.deepEqual(wildcard.check(r, ctx), [
      'Statement #2 of the policy allows every action of "sagemaker:*": list the actions the workload calls.',
    ]);
  });

  it("fails Allow with NotAction", () => {
    const r = resource(POLICY, { policy: doc({ Effect: "Allow", NotAction: "iam:*", Resource: "*" }) });
    assert.match(wildcard.check(r, ctx)[0], /allows every action except iam:\* \(Allow with NotAction\)/);
  });

  it("ignores a Deny of everything", () => {
    const r = resource(POLICY, { policy: doc({ Effect: "Deny", Action: "*", Resource: "*" }) });
    assert.deepEqual(wildcard.check(r, ctx), []);
  });

  it("checks each inline policy of a role and names it", () => {
    const r = resource(ROLE, {
      inlinePolicies: [
        { name: "ok", policy: doc(allow("s3:GetObject", "arn:aws:s3:::b/*")) },
        { name: "wide", policy: doc(allow("bedrock:*", "*")) },
      ],
    });
    assert.deepEqual(wildcard.check(r, ctx), [
      'Statement #1 of inline policy "wide" allows every action of "bedrock:*": list the actions the workload calls.',
    ]);
  });

  it("decides from the literal actions when only the resource ARN is unknown (an object document)", () => {
    const r = resource(POLICY, { policy: { Version: "2012-10-17", Statement: [allow("s3:*", UNKNOWN)] } });
    assert.equal(wildcard.check(r, ctx).length, 1);
    const ok = resource(POLICY, { policy: { Statement: [allow("s3:GetObject", UNKNOWN)] } });
    assert.deepEqual(wildcard.check(ok, ctx), []);
  });

  it("reports a known violation even when another inline policy is unknown", () => {
    const r = resource(ROLE, {
      inlinePolicies: [
        { name: "a", policy: UNKNOWN },
        { name: "b", policy: doc(allow("*", "*")) },
      ],
    });
    assert.equal(wildcard.check(r, ctx).length, 1);
  });

  it("lets an unknown document reach the SDK: the decision depends on it", () => {
    assert.throws(
      () => wildcard.check(resource(POLICY, { policy: UNKNOWN }), ctx),
      /can't be known during preview/,
    );
    const computedAction = resource(POLICY, { policy: { Statement: [allow(UNKNOWN, "*")] } });
    assert.throws(() => wildcard.check(computedAction, ctx), /can't be known during preview/);
  });

  it("reports a document that is not valid JSON", () => {
    assert.deepEqual(wildcard.check(resource(POLICY, { policy: "{" }), ctx), [
      "The policy cannot be checked: the policy document is not valid JSON.",
    ]);
  });
});

describe("iam-data-actions-not-on-all-resources", () => {
  const ctx2 = contextAt(2);

  it("passes invoke permissions on a named model", () => {
    assert.deepEqual(
      dataActions.check(resource(POLICY, { policy: doc(allow("bedrock:InvokeModel", MODEL_ARN)) }), ctx2),
      [],
    );
  });

  it("passes object access on one bucket's objects (an S3 ARN has no resource type)", () => {
    assert.deepEqual(
      dataActions.check(
        resource(POLICY, {
          policy: doc(allow(["s3:GetObject", "s3:PutObject"], "arn:aws:s3:::training-data/*")),
        }),
        ctx2,
      ),
      [],
    );
  });

  it('fails bedrock:InvokeModel on "*" and names the actions', () => {
    const r = resource(POLICY, {
      policy: doc({
        Sid: "Invoke",
        ...allow(["bedrock:InvokeModel", "bedrock:InvokeModelWithResponseStream"], "*"),
      }),
    });
    assert.deepEqual(dataActions.check(r, ctx2), [
      'Statement "Invoke" of the policy allows bedrock:InvokeModel, bedrock:InvokeModelWithResponseStream on every resource (*): name the models, endpoints, buckets, keys, collections or secrets by ARN, or limit it with an aws:ResourceTag condition.',
    ]);
  });

  it("fails a wildcard action that includes data actions, and summarizes the list", () => {
    const r = resource(POLICY, { policy: doc(allow("kms:*", "arn:aws:kms:*:123456789012:key/*")) });
    assert.match(
      dataActions.check(r, ctx2)[0],
      /allows kms:Decrypt, kms:GenerateDataKey, kms:GenerateDataKeyWithoutPlaintext and 3 more on every resource \(arn:aws:kms:\*:123456789012:key\/\*\)/,
    );
  });

  it("fails every foundation model and every bucket", () => {
    const r = resource(POLICY, {
      policy: doc(
        allow("bedrock:Invoke*", "arn:aws:bedrock:*::foundation-model/*"),
        allow("s3:GetObject", "arn:aws:s3:::*/*"),
      ),
    });
    assert.equal(dataActions.check(r, ctx2).length, 2);
  });

  it("fails NotResource", () => {
    const r = resource(POLICY, {
      policy: doc({
        Effect: "Allow",
        Action: "secretsmanager:GetSecretValue",
        NotResource: "arn:aws:secretsmanager:*:*:secret:root-*",
      }),
    });
    assert.match(dataActions.check(r, ctx2)[0], /every resource but a few \(NotResource\)/);
  });

  it('accepts "*" limited by an aws:ResourceTag condition (attribute-based access)', () => {
    const s = allow("sagemaker:InvokeEndpoint", "*", {
      Condition: { StringEquals: { "aws:ResourceTag/ai-system": "chat" } },
    });
    assert.deepEqual(dataActions.check(resource(POLICY, { policy: doc(s) }), ctx2), []);
  });

  it('ignores control-plane actions on "*" (list and describe calls need it)', () => {
    assert.deepEqual(
      dataActions.check(
        resource(POLICY, {
          policy: doc(allow(["bedrock:ListFoundationModels", "s3:ListAllMyBuckets"], "*")),
        }),
        ctx2,
      ),
      [],
    );
  });

  it("treats an unknown resource ARN as a named resource", () => {
    const r = resource(ROLE, {
      inlinePolicies: [{ name: "invoke", policy: { Statement: [allow("bedrock:InvokeModel", [UNKNOWN])] } }],
    });
    assert.deepEqual(dataActions.check(r, ctx2), []);
  });

  it('lets an unknown action on "*" reach the SDK', () => {
    const r = resource(POLICY, { policy: { Statement: [allow([UNKNOWN], "*")] } });
    assert.throws(() => dataActions.check(r, ctx2), /can't be known during preview/);
  });

  it("lets a statement whose Effect is unknown reach the SDK", () => {
    const r = resource(POLICY, {
      policy: { Statement: [{ Effect: UNKNOWN, Action: "s3:GetObject", Resource: "*" }] },
    });
    assert.throws(() => dataActions.check(r, ctx2), /can't be known during preview/);
  });

  it("shows with iam-simulate that the flagged statement opens every model, and the named one only its model", async () => {
    const simulate = async (policy: object, model: string) => {
      const simulation: Simulation = {
        identityPolicies: [{ name: "p", policy }],
        serviceControlPolicies: [],
        resourceControlPolicies: [],
        request: {
          action: "bedrock:InvokeModel",
          principal: "arn:aws:iam::123456789012:role/app",
          resource: {
            resource: `arn:aws:bedrock:us-east-1::foundation-model/${model}`,
            accountId: "123456789012",
          },
          contextVariables: {},
        },
      };
      const result = await runSimulation(simulation, {});
      assert.notEqual(result.resultType, "error");
      return result.resultType === "error" ? undefined : result.overallResult;
    };
    const wide = { Version: "2012-10-17", Statement: [allow("bedrock:Invoke*", "*")] };
    const named = { Version: "2012-10-17", Statement: [allow("bedrock:InvokeModel", MODEL_ARN)] };
    assert.equal(dataActions.check(resource(POLICY, { policy: JSON.stringify(wide) }), ctx2).length, 1);
    assert.deepEqual(dataActions.check(resource(POLICY, { policy: JSON.stringify(named) }), ctx2), []);
    const other = "meta.llama3-70b-instruct-v1:0";
    assert.equal(await simulate(wide, other), "Allowed");
    assert.equal(await simulate(named, other), "ImplicitlyDenied");
    assert.equal(await simulate(named, "anthropic.claude-3-haiku-20240307-v1:0"), "Allowed");
  });
});

describe("iam-no-full-access-managed-policies", () => {
  it("passes a customer-managed policy whose ARN is unknown in preview", () => {
    assert.deepEqual(fullAccess.check(resource(ATTACHMENT, { role: UNKNOWN, policyArn: UNKNOWN }), ctx), []);
  });

  it("passes a narrow AWS managed policy", () => {
    const r = resource(ATTACHMENT, {
      role: "r",
      policyArn: "arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole",
    });
    assert.deepEqual(fullAccess.check(r, ctx), []);
  });

  it("fails AdministratorAccess on an attachment", () => {
    const r = resource(ATTACHMENT, { role: "r", policyArn: "arn:aws:iam::aws:policy/AdministratorAccess" });
    assert.deepEqual(fullAccess.check(r, ctx), [
      "Attaches the AWS managed policy AdministratorAccess, which grants * on all resources, far more than any workload needs: attach a customer-managed policy that lists the actions and resources instead.",
    ]);
  });

  it("fails full-access policies a hand-kept list would miss (AgentCore, DynamoDB)", () => {
    const r = resource(ROLE, {
      assumeRolePolicy: "{}",
      managedPolicyArns: [
        "arn:aws:iam::aws:policy/BedrockAgentCoreFullAccess",
        "arn:aws:iam::aws:policy/AmazonDynamoDBFullAccess",
      ],
    });
    assert.deepEqual(fullAccess.check(r, ctx), [
      "Attaches the AWS managed policy BedrockAgentCoreFullAccess, which grants bedrock-agentcore:* on all resources, far more than any workload needs: attach a customer-managed policy that lists the actions and resources instead.",
      "Attaches the AWS managed policy AmazonDynamoDBFullAccess, which grants dynamodb:*, dax:* on all resources, far more than any workload needs: attach a customer-managed policy that lists the actions and resources instead.",
    ]);
  });

  it("names what PowerUserAccess leaves out", () => {
    const r = resource(ATTACHMENT, { role: "r", policyArn: "arn:aws:iam::aws:policy/PowerUserAccess" });
    assert.match(
      fullAccess.check(r, ctx)[0],
      /grants every action except iam:\*, organizations:\*, account:\* on all resources/,
    );
  });

  it("fails AmazonBedrockFullAccess in a role's managedPolicyArns, next to unknown ARNs", () => {
    const r = resource(ROLE, {
      assumeRolePolicy: "{}",
      managedPolicyArns: [UNKNOWN, "arn:aws:iam::aws:policy/AmazonBedrockFullAccess"],
    });
    assert.equal(fullAccess.check(r, ctx).length, 1);
  });

  it("fails full access in the GovCloud partition and through the exclusive attachments resource", () => {
    const r = resource("aws:iam/rolePolicyAttachmentsExclusive:RolePolicyAttachmentsExclusive", {
      roleName: "r",
      policyArns: [
        "arn:aws-us-gov:iam::aws:policy/AmazonSageMakerFullAccess",
        "arn:aws:iam::aws:policy/PowerUserAccess",
      ],
    });
    assert.equal(fullAccess.check(r, ctx).length, 2);
  });

  it("does not mistake a customer policy named like an AWS one", () => {
    const r = resource(ATTACHMENT, {
      role: "r",
      policyArn: "arn:aws:iam::123456789012:policy/AdministratorAccess",
    });
    assert.deepEqual(fullAccess.check(r, ctx), []);
  });
});

describe("iam-passrole-named-roles", () => {
  it("passes PassRole on a named role", () => {
    assert.deepEqual(
      passRole.check(resource(POLICY, { policy: doc(allow("iam:PassRole", ROLE_ARN)) }), ctx),
      [],
    );
  });

  it("passes a path-scoped role pattern", () => {
    assert.deepEqual(
      passRole.check(
        resource(POLICY, {
          policy: doc(allow("iam:PassRole", "arn:aws:iam::123456789012:role/sagemaker/*")),
        }),
        ctx,
      ),
      [],
    );
  });

  it('fails PassRole on "*"', () => {
    const r = resource(POLICY, { policy: doc({ Sid: "Pass", ...allow("iam:PassRole", "*") }) });
    assert.deepEqual(passRole.check(r, ctx), [
      'Statement "Pass" of the policy allows iam:PassRole on every role (*): list the ARNs of the roles the workload hands to a service.',
    ]);
  });

  it("fails PassRole on role/* and through iam:Pass*", () => {
    const r = resource(POLICY, { policy: doc(allow("iam:Pass*", "arn:aws:iam::123456789012:role/*")) });
    assert.equal(passRole.check(r, ctx).length, 1);
  });

  it("treats an unknown role ARN as a named role", () => {
    assert.deepEqual(
      passRole.check(resource(POLICY, { policy: { Statement: [allow("iam:PassRole", UNKNOWN)] } }), ctx),
      [],
    );
  });

  it("lets an unknown document reach the SDK", () => {
    assert.throws(
      () => passRole.check(resource(POLICY, { policy: UNKNOWN }), ctx),
      /can't be known during preview/,
    );
  });
});

describe("iam-passrole-passed-to-service", () => {
  const ctx2 = contextAt(2);
  const condition = { Condition: { StringEquals: { "iam:PassedToService": "sagemaker.amazonaws.com" } } };

  it("passes PassRole pinned to a service", () => {
    assert.deepEqual(
      passedTo.check(resource(POLICY, { policy: doc(allow("iam:PassRole", ROLE_ARN, condition)) }), ctx2),
      [],
    );
  });

  it("fails PassRole without the condition", () => {
    const r = resource(POLICY, { policy: doc(allow("iam:PassRole", ROLE_ARN)) });
    assert.deepEqual(passedTo.check(r, ctx2), [
      "Statement #1 of the policy allows iam:PassRole with no iam:PassedToService condition: add one naming the service the role is for (for example sagemaker.amazonaws.com or bedrock.amazonaws.com).",
    ]);
  });

  it('leaves "*" and "iam:*" to iam-no-wildcard-actions', () => {
    assert.deepEqual(passedTo.check(resource(POLICY, { policy: doc(allow("*", "*")) }), ctx2), []);
  });

  it("decides from the literal condition when the role ARN is unknown", () => {
    assert.equal(
      passedTo.check(resource(POLICY, { policy: { Statement: [allow("iam:PassRole", UNKNOWN)] } }), ctx2)
        .length,
      1,
    );
  });
});

describe("iam-no-user-access-keys", () => {
  const ctx2 = contextAt(2);

  it("passes an inactive key", () => {
    assert.deepEqual(accessKeys.check(resource(ACCESS_KEY, { user: "ci", status: "Inactive" }), ctx2), []);
  });

  it("fails an active key and names the user", () => {
    assert.deepEqual(accessKeys.check(resource(ACCESS_KEY, { user: "ci" }), ctx2), [
      'Creates a long-lived access key for IAM user "ci": give the workload an IAM role (instance profile, task role, IRSA, IAM Roles Anywhere) whose credentials expire, instead of a key that lives until someone deletes it.',
    ]);
  });

  it("fails a key for a user whose name is unknown in preview", () => {
    assert.match(
      accessKeys.check(resource(ACCESS_KEY, { user: UNKNOWN, status: "Active" }), ctx2)[0],
      /for an IAM user:/,
    );
  });
});

describe("iam-ai-service-trust-source-condition", () => {
  it("passes a Bedrock role with aws:SourceAccount whose value is unknown", () => {
    const r = resource(ROLE, {
      assumeRolePolicy: {
        Statement: [
          trusts("bedrock.amazonaws.com", { Condition: { StringEquals: { "aws:SourceAccount": UNKNOWN } } }),
        ],
      },
    });
    assert.deepEqual(aiTrust.check(r, ctx3), []);
  });

  it("passes aws:SourceArn", () => {
    const s = trusts("sagemaker.amazonaws.com", {
      Condition: { ArnLike: { "aws:SourceArn": "arn:aws:sagemaker:us-east-1:123456789012:*" } },
    });
    assert.deepEqual(aiTrust.check(trust(s), ctx3), []);
  });

  it("fails a Bedrock role with no source condition", () => {
    assert.deepEqual(aiTrust.check(trust(trusts("bedrock.amazonaws.com")), ctx3), [
      "Statement #1 of the trust policy lets bedrock.amazonaws.com assume the role with no aws:SourceAccount or aws:SourceArn condition: add one so the service can assume it only for this account's resources.",
    ]);
  });

  it("ignores other services and account principals", () => {
    assert.deepEqual(
      aiTrust.check(
        trust(trusts("states.amazonaws.com"), {
          Effect: "Allow",
          Principal: { AWS: "arn:aws:iam::123456789012:root" },
          Action: "sts:AssumeRole",
        }),
        ctx3,
      ),
      [],
    );
  });

  it("lets an unknown trust policy reach the SDK", () => {
    assert.throws(
      () => aiTrust.check(resource(ROLE, { assumeRolePolicy: UNKNOWN }), ctx3),
      /can't be known during preview/,
    );
  });
});

describe("iam-service-trust-source-condition", () => {
  it("passes a delivery role with aws:SourceAccount", () => {
    assert.deepEqual(serviceTrust.check(trust(trusts("firehose.amazonaws.com", SOURCE_ACCOUNT)), ctx), []);
  });

  it("fails a delivery role without it", () => {
    assert.match(
      serviceTrust.check(trust(trusts("firehose.amazonaws.com")), ctx)[0],
      /lets firehose\.amazonaws\.com assume the role/,
    );
  });

  it("does not ask EC2 or Lambda roles for a source condition they cannot receive", () => {
    assert.deepEqual(
      serviceTrust.check(trust(trusts("ec2.amazonaws.com"), trusts("lambda.amazonaws.com")), ctx),
      [],
    );
  });

  it("covers AI services below scope 3 and leaves them to the mandatory policy from scope 3", () => {
    const r = trust(trusts("bedrock.amazonaws.com"));
    assert.equal(serviceTrust.check(r, contextAt(2)).length, 1);
    assert.deepEqual(serviceTrust.check(r, ctx3), []);
  });

  it("lets a computed action reach the SDK when a trusted service lacks the condition", () => {
    const r = resource(ROLE, {
      assumeRolePolicy: {
        Statement: [{ Effect: "Allow", Principal: { Service: "states.amazonaws.com" }, Action: UNKNOWN }],
      },
    });
    assert.throws(() => serviceTrust.check(r, ctx), /can't be known during preview/);
  });
});
