import { strict as assert } from "assert";
import * as path from "path";
import { AiDataBucket } from "../../../components/storage";
import type { StackResource } from "../../../policypack/framework/types";
import { isUnknownValueError } from "../../../policypack/framework/unknowns";
import { checkKeyPolicy } from "../../../policypack/policies/kms/kms-key-policy-no-unconditioned-public-principal";
import { checkKeyRotation } from "../../../policypack/policies/kms/kms-key-rotation-enabled";
import { checkBucketsEncryptedWithCmk } from "../../../policypack/policies/s3/s3-bucket-encrypted-with-cmk";
import { checkBucketsPublicAccessBlocked } from "../../../policypack/policies/s3/s3-bucket-public-access-blocked";
import { checkBucketsTlsOnly } from "../../../policypack/policies/s3/s3-bucket-tls-only";
import { checkModelDataVersioning } from "../../../policypack/policies/s3/s3-bucket-versioning-for-model-data";
import { UNKNOWN } from "../../../preview/engine/mocks";
import { asSeenByPolicy } from "../../policypack/support";
import { isUnknown, run, type Registered } from "../support";

/**
 * The components and examples, checked by the pack's own KMS and S3 checks over what the mocks
 * recorded: the props a policy sees are the inputs plus what Check adds (autonames), with unknowns
 * in the engine's encoding. In preview a check that reads an unknown value fails the test, because
 * the real pack would only print an advisory there and the control would be disarmed.
 */

function wire(v: unknown): unknown {
  if (isUnknown(v)) return UNKNOWN;
  if (Array.isArray(v)) return v.map(wire);
  if (typeof v === "object" && v !== null)
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, wire(x)]));
  return v;
}

function asStack(resources: Registered[]): StackResource[] {
  return resources
    .filter((r) => r.custom)
    .map((r) => {
      const checkAdded = Object.fromEntries(
        Object.entries(r.state).filter(([k, v]) => !(k in r.inputs) && !isUnknown(v)),
      );
      const props = asSeenByPolicy(wire({ ...checkAdded, ...r.inputs }) as Record<string, unknown>);
      return { type: r.type, name: r.name, urn: r.urn, props, dependencies: [], propertyDependencies: {} };
    });
}

/** Every violation of the six storage policies, as `policy: resource name`. */
function violations(resources: Registered[]): string[] {
  const stack = asStack(resources);
  const nameOf = (urn?: string) => stack.find((r) => r.urn === urn)?.name;
  const found: string[] = [];
  for (const key of stack.filter((r) => r.type === "aws:kms/key:Key")) {
    for (const _ of checkKeyRotation(key)) found.push(`kms-key-rotation-enabled: ${key.name}`);
    for (const _ of checkKeyPolicy(key))
      found.push(`kms-key-policy-no-unconditioned-public-principal: ${key.name}`);
  }
  const stackChecks = {
    "s3-bucket-encrypted-with-cmk": checkBucketsEncryptedWithCmk,
    "s3-bucket-public-access-blocked": checkBucketsPublicAccessBlocked,
    "s3-bucket-tls-only": checkBucketsTlsOnly,
    "s3-bucket-versioning-for-model-data": checkModelDataVersioning,
  };
  for (const [policy, check] of Object.entries(stackChecks)) {
    for (const v of check(stack)) found.push(`${policy}: ${nameOf(v.urn)}`);
  }
  return found.sort();
}

/** Runs an example program (its index.ts) under the mocks. */
async function runExample(example: string, mode: "preview" | "update"): Promise<Registered[]> {
  const file = require.resolve(path.join(__dirname, "../../../examples", example, "index.ts"));
  delete require.cache[file];
  // Running a Pulumi program is loading its module, as the nodejs language host does.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { resources, error } = await run(mode, () => require(file));
  assert.equal(error, undefined);
  return resources;
}

for (const mode of ["preview", "update"] as const) {
  describe(`storage compliance (${mode})`, () => {
    it("finds nothing wrong with an AiDataBucket of every class, with no arguments but the class", async () => {
      const { resources } = await run(mode, () => {
        for (const dataClass of [
          "training-data",
          "model-artifacts",
          "prompt-logs",
          "audit-logs",
          "knowledge-base",
        ] as const) {
          new AiDataBucket(dataClass, { dataClass });
        }
      });
      try {
        assert.deepEqual(violations(resources), []);
      } catch (e) {
        assert.ok(!isUnknownValueError(e), `a policy read an unknown value: ${String(e)}`);
        throw e;
      }
    });

    it("finds nothing wrong with the quickstart example", async () => {
      assert.deepEqual(violations(await runExample("quickstart", mode)), []);
    });

    it("finds exactly the six violations the noncompliant-storage README lists", async () => {
      assert.deepEqual(violations(await runExample("noncompliant-storage", mode)), [
        "kms-key-policy-no-unconditioned-public-principal: public-key",
        "kms-key-policy-no-unconditioned-public-principal: public-key",
        "kms-key-rotation-enabled: no-rotation-key",
        "s3-bucket-encrypted-with-cmk: sse-s3-bucket",
        "s3-bucket-public-access-blocked: partial-block-bucket",
        "s3-bucket-tls-only: no-tls-bucket",
        "s3-bucket-versioning-for-model-data: unversioned-training-bucket",
      ]);
    });
  });
}
