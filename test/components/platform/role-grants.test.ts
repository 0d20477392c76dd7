import { runSimulation, type Simulation } from "@cloud-copilot/iam-simulate";
import { strict as assert } from "assert";
import {
  buildSecretReadPolicy,
  COLLECTION_ACCESS_ACTIONS,
  namedResourcesPolicy,
} from "../../../components/platform";

const ACCOUNT = "123456789012";
const CONTEXT = { partition: "aws", region: "us-east-1", accountId: ACCOUNT };
const secretArn = (name: string) => `arn:aws:secretsmanager:us-east-1:${ACCOUNT}:secret:${name}`;

async function decide(policy: unknown, action: string, resource: string): Promise<string> {
  const simulation: Simulation = {
    request: {
      principal: `arn:aws:iam::${ACCOUNT}:role/workload`,
      action,
      resource: { resource, accountId: ACCOUNT },
      contextVariables: {},
    },
    identityPolicies: [{ name: "grant", policy }],
    serviceControlPolicies: [],
    resourceControlPolicies: [],
  };
  const result = await runSimulation(simulation, {});
  if (result.resultType === "error") throw new Error(JSON.stringify(result.errors));
  return result.overallResult;
}

describe("platform role grants", () => {
  describe("provider key secrets, by name", () => {
    const policy = buildSecretReadPolicy(CONTEXT, ["bot-openai-api-key-1a2b3c4"]);

    it("reads the named secret, whatever six characters Secrets Manager appended", async () => {
      assert.equal(
        await decide(policy, "secretsmanager:GetSecretValue", secretArn("bot-openai-api-key-1a2b3c4-AbC123")),
        "Allowed",
      );
    });

    it("reads no secret whose name merely starts the same", async () => {
      assert.equal(
        await decide(
          policy,
          "secretsmanager:GetSecretValue",
          secretArn("bot-openai-api-key-1a2b3c4-admin-AbC123"),
        ),
        "ImplicitlyDenied",
      );
    });

    it("cannot change or list secrets", async () => {
      assert.equal(
        await decide(policy, "secretsmanager:PutSecretValue", secretArn("bot-openai-api-key-1a2b3c4-AbC123")),
        "ImplicitlyDenied",
      );
    });
  });

  it("allows exactly the named resources", async () => {
    const arn = `arn:aws:aoss:us-east-1:${ACCOUNT}:collection/abc123`;
    const policy = namedResourcesPolicy("UseVectorCollection", COLLECTION_ACCESS_ACTIONS, [arn]);
    assert.deepEqual(
      [
        await decide(policy, "aoss:APIAccessAll", arn),
        await decide(policy, "aoss:APIAccessAll", `arn:aws:aoss:us-east-1:${ACCOUNT}:collection/other`),
      ],
      ["Allowed", "ImplicitlyDenied"],
    );
  });
});
