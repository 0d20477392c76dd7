import { runSimulation, type Simulation } from "@cloud-copilot/iam-simulate";
import { strict as assert } from "assert";
import type { Registered } from "./support";

/**
 * Proves a generated role's permissions with @cloud-copilot/iam-simulate: collects the inline
 * policies a component attached to one of its roles (from a run under the mocks) and asks the
 * simulator for a decision, so a test states what the role may and may not do rather than what
 * its JSON looks like.
 */

/** The account and region of the project's mocks (preview/engine/mocks). */
export const ACCOUNT = "123456789012";
export const REGION = "us-east-1";

const ROLE_TYPE = "aws:iam/role:Role";
const ROLE_POLICY_TYPE = "aws:iam/rolePolicy:RolePolicy";
const ATTACHMENT_TYPE = "aws:iam/rolePolicyAttachment:RolePolicyAttachment";

/** A role as the simulator sees it: its ARN, its inline policies, and the managed policies attached. */
export interface SimulatedRole {
  readonly arn: string;
  readonly name: string;
  readonly inlinePolicies: readonly { readonly name: string; readonly policy: unknown }[];
  /** ARNs of attached managed policies; AWS owns their documents, so they are listed, not simulated. */
  readonly managedPolicyArns: readonly string[];
}

/** The role registered as `logicalName`, with every inline policy and attachment that names it. */
export function roleOf(resources: readonly Registered[], logicalName: string): SimulatedRole {
  const role = resources.find((r) => r.type === ROLE_TYPE && r.name === logicalName);
  if (role === undefined) {
    const roles = resources.filter((r) => r.type === ROLE_TYPE).map((r) => r.name);
    throw new Error(`no role ${logicalName}; the run registered ${roles.join(", ")}`);
  }
  const name = role.state.name as string;
  const naming = (type: string) => resources.filter((r) => r.type === type && r.inputs.role === name);
  return {
    arn: role.state.arn as string,
    name,
    inlinePolicies: naming(ROLE_POLICY_TYPE)
      .filter((p) => p.inputs.policy !== "")
      // A policy is a JSON string, or a document object that the provider serialises.
      .map((p) => {
        const policy = p.inputs.policy;
        return { name: p.name, policy: typeof policy === "string" ? JSON.parse(policy) : policy };
      }),
    managedPolicyArns: naming(ATTACHMENT_TYPE).map((a) => a.inputs.policyArn as string),
  };
}

/**
 * KMS authorises nothing unless the key policy delegates to IAM. Every key the components create
 * delegates to the account (for recovery, and to let identity policies grant use), so this policy
 * stands in for it: the identity policies alone then decide, which is what the tests are about.
 */
const KEY_POLICY_DELEGATING_TO_IAM = {
  Version: "2012-10-17",
  Statement: [
    { Effect: "Allow", Principal: { AWS: `arn:aws:iam::${ACCOUNT}:root` }, Action: "kms:*", Resource: "*" },
  ],
};

/** The simulator's verdict ("Allowed", "ImplicitlyDenied", "ExplicitlyDenied") for `role` doing `action` on `resource`. */
export async function decide(
  role: SimulatedRole,
  action: string,
  resource: string,
  context: Record<string, string | string[]> = {},
): Promise<string> {
  const simulation: Simulation = {
    request: {
      principal: role.arn,
      action,
      resource: { resource, accountId: ACCOUNT },
      contextVariables: context,
    },
    identityPolicies: role.inlinePolicies.map((p) => ({ name: p.name, policy: p.policy })),
    serviceControlPolicies: [],
    resourceControlPolicies: [],
    resourcePolicy: action.startsWith("kms:") ? KEY_POLICY_DELEGATING_TO_IAM : undefined,
  };
  const result = await runSimulation(simulation, {});
  if (result.resultType === "error") throw new Error(JSON.stringify(result.errors));
  return result.overallResult;
}

/** ARN helpers for the mocks' account and region. */
export const arn = {
  bucket: (name: string) => `arn:aws:s3:::${name}`,
  object: (bucket: string, key = "data/part-0001.jsonl") => `arn:aws:s3:::${bucket}/${key}`,
  key: (id = "1234abcd-12ab-34cd-56ef-1234567890ab") => `arn:aws:kms:${REGION}:${ACCOUNT}:key/${id}`,
  model: (id: string) => `arn:aws:bedrock:${REGION}::foundation-model/${id}`,
  logStream: (group: string, stream = "stream-1") =>
    `arn:aws:logs:${REGION}:${ACCOUNT}:log-group:${group}:log-stream:${stream}`,
  secret: (name: string) => `arn:aws:secretsmanager:${REGION}:${ACCOUNT}:secret:${name}`,
};

/** What the role was not given, for the standard denials; each defaults to a resource no component names. */
export interface NotGiven {
  /** A bucket the role may not read. */
  readonly bucket?: string;
  /** A model the role may not invoke. */
  readonly model?: string;
  /** A key whose deletion the role may not schedule: its own key, when it has one. */
  readonly key?: string;
  /** A bucket the role may not delete: its own, when it has one. */
  readonly ownBucket?: string;
}

/** Actions that would let a role rewrite its own permissions (on itself) or mint another identity. */
const ROLE_ACTIONS = [
  "iam:PassRole",
  "iam:PutRolePolicy",
  "iam:AttachRolePolicy",
  "iam:UpdateAssumeRolePolicy",
];
const USER_ACTIONS = ["iam:CreateUser", "iam:CreateAccessKey"];

/**
 * Registers the denials every generated role must show (`iam:*`, `kms:ScheduleKeyDeletion`,
 * `s3:DeleteBucket`, invoking a model it was not given, reading a store it was not given), one
 * test each, against the role `role()` returns once the suite's `before` has run; `given` may be
 * a function, for what the suite learns in `before`.
 */
export function itDeniesTheDangerousActions(
  role: () => SimulatedRole,
  given: NotGiven | (() => NotGiven) = {},
): void {
  // Read when the tests run: a suite learns its role's own bucket and key in `before`.
  const notGiven = (): NotGiven => (typeof given === "function" ? given() : given);
  const store = () => notGiven().bucket ?? "someone-elses-training-data";
  it("is denied every IAM action", async () => {
    for (const action of ROLE_ACTIONS) {
      assert.equal(await decide(role(), action, role().arn), "ImplicitlyDenied", action);
    }
    for (const action of USER_ACTIONS) {
      assert.equal(
        await decide(role(), action, `arn:aws:iam::${ACCOUNT}:user/backdoor`),
        "ImplicitlyDenied",
        action,
      );
    }
  });

  it("is denied kms:ScheduleKeyDeletion", async () => {
    assert.equal(
      await decide(role(), "kms:ScheduleKeyDeletion", notGiven().key ?? arn.key()),
      "ImplicitlyDenied",
    );
  });

  it("is denied s3:DeleteBucket", async () => {
    assert.equal(
      await decide(role(), "s3:DeleteBucket", arn.bucket(notGiven().ownBucket ?? store())),
      "ImplicitlyDenied",
    );
  });

  it("is denied invoking a model it was not given", async () => {
    const model = arn.model(notGiven().model ?? "meta.llama3-70b-instruct-v1:0");
    assert.equal(await decide(role(), "bedrock:InvokeModel", model), "ImplicitlyDenied");
  });

  it("is denied reading a store it was not given", async () => {
    assert.equal(await decide(role(), "s3:GetObject", arn.object(store())), "ImplicitlyDenied");
    assert.equal(await decide(role(), "s3:ListBucket", arn.bucket(store())), "ImplicitlyDenied");
  });
}
