import { runSimulation, type Simulation } from "@cloud-copilot/iam-simulate";
import { strict as assert } from "assert";
import {
  ArtifactSigningKey,
  artifactSigningKeyArgsError,
  buildSigningKeyPolicy,
  type SigningKeyPolicyInput,
} from "../../../components/platform";
import { only, resourceErrorMessage, run } from "../support";

const ACCOUNT = "123456789012";
const SIGNER = `arn:aws:iam::${ACCOUNT}:role/training-pipeline`;
const VERIFIER = `arn:aws:iam::${ACCOUNT}:role/inference`;
const ADMIN = `arn:aws:iam::${ACCOUNT}:role/key-admin`;
const OTHER = `arn:aws:iam::${ACCOUNT}:role/someone-else`;
const KEY = `arn:aws:kms:us-east-1:${ACCOUNT}:key/1234abcd-12ab-34cd-56ef-1234567890ab`;

const INPUT: SigningKeyPolicyInput = {
  partition: "aws",
  accountId: ACCOUNT,
  admins: [ADMIN],
  signers: [SIGNER],
  verifiers: [VERIFIER],
};

/** Whether `principal`, with an identity policy allowing every KMS action, may do `action` on the key. */
async function decide(principal: string, action: string): Promise<string> {
  const simulation: Simulation = {
    request: { principal, action, resource: { resource: KEY, accountId: ACCOUNT }, contextVariables: {} },
    identityPolicies: [
      {
        name: "allow-all-kms",
        policy: { Version: "2012-10-17", Statement: [{ Effect: "Allow", Action: "kms:*", Resource: "*" }] },
      },
    ],
    serviceControlPolicies: [],
    resourceControlPolicies: [],
    resourcePolicy: buildSigningKeyPolicy(INPUT),
  };
  const result = await runSimulation(simulation, {});
  if (result.resultType === "error") throw new Error(JSON.stringify(result.errors));
  return result.overallResult;
}

describe("ArtifactSigningKey", () => {
  describe("key policy (simulated)", () => {
    it("lets the named signer sign and verify", async () => {
      assert.deepEqual(
        [await decide(SIGNER, "kms:Sign"), await decide(SIGNER, "kms:Verify")],
        ["Allowed", "Allowed"],
      );
    });

    it("lets a verifier verify and read the public key, never sign", async () => {
      assert.deepEqual(
        [
          await decide(VERIFIER, "kms:Verify"),
          await decide(VERIFIER, "kms:GetPublicKey"),
          await decide(VERIFIER, "kms:Sign"),
        ],
        ["Allowed", "Allowed", "ImplicitlyDenied"],
      );
    });

    it("lets nobody else sign, whatever their IAM policies say", async () => {
      assert.deepEqual(
        [await decide(OTHER, "kms:Sign"), await decide(ADMIN, "kms:Sign")],
        ["ImplicitlyDenied", "ImplicitlyDenied"],
      );
    });

    it("gives administrators no rotation actions, which asymmetric keys do not have", () => {
      const admin = buildSigningKeyPolicy(INPUT).Statement.find((s) => s.Sid === "KeyAdministration");
      assert.deepEqual(
        (admin?.Action as string[]).filter((a) => /^kms:(Enable|Disable)KeyRotation$|OnDemand/.test(a)),
        [],
      );
    });

    it("leaves out empty statements and does not repeat a signer as a verifier", () => {
      const policy = buildSigningKeyPolicy({ ...INPUT, admins: [], verifiers: [SIGNER] });
      assert.deepEqual(
        policy.Statement.map((s) => s.Sid),
        ["AccountRootKeyRecoveryOnly", "ArtifactSigning"],
      );
    });
  });

  describe("component", () => {
    it("creates an ECDSA P-256 SIGN_VERIFY key without rotation, and an alias", async () => {
      const { resources, error } = await run(
        "preview",
        () => new ArtifactSigningKey("model-signing", { scope: 4, signers: [SIGNER] }),
      );
      assert.equal(error, undefined);
      const key = only(resources, "aws:kms/key:Key").inputs;
      assert.deepEqual(
        [key.keyUsage, key.customerMasterKeySpec, key.enableKeyRotation, key.tags["data-class"]],
        ["SIGN_VERIFY", "ECC_NIST_P256", false, "model-artifacts"],
      );
      assert.equal(only(resources, "aws:kms/alias:Alias").inputs.name, "alias/model-signing");
    });

    it("accepts an RSA spec", () => {
      assert.equal(artifactSigningKeyArgsError("k", { keySpec: "RSA_3072" }), undefined);
    });

    it("rejects a wildcard signer before creating anything", async () => {
      const { resources, error } = await run(
        "preview",
        () => new ArtifactSigningKey("model-signing", { signers: ["arn:aws:iam::123456789012:role/*"] }),
      );
      assert.deepEqual(
        resources.map((r) => r.type),
        [ArtifactSigningKey.typeToken],
      );
      assert.equal(
        resourceErrorMessage(error),
        'ArtifactSigningKey "model-signing": signers contains "arn:aws:iam::123456789012:role/*"; name each principal by its ARN, a wildcard would grant the key to anyone.',
      );
    });
  });
});
