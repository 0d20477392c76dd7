import { strict as assert } from "assert";
import * as fs from "fs";
import * as path from "path";
import { ConfigError } from "../../../preview/engine/errors";
import { ENCRYPTED_PLACEHOLDER, parseStackExport } from "../../../preview/engine/state/stack-export";
import { SECRET_SIG, SIG_KEY } from "../../../preview/engine/sentinels";

const FILE = path.resolve(__dirname, "../../fixtures/engine/state/basic-dev.json");
const TEXT = fs.readFileSync(FILE, "utf8");
const state = parseStackExport(TEXT, FILE);
const find = (name: string) => state.resources.find((r) => r.name === name)!;
const rejects = (text: string, message: string) =>
  assert.throws(
    () => parseStackExport(text, "stack.json"),
    (e: Error) => e instanceof ConfigError && e.message === message,
  );

describe("engine state: pulumi stack export (deployment v3)", () => {
  it("takes the project and stack from the Stack's URN", () => {
    assert.deepEqual([state.project, state.stack], ["basic", "dev"]);
  });

  it("skips resources pending deletion", () => {
    assert.equal(
      state.resources.some((r) => r.name === "retired"),
      false,
    );
  });

  it("keeps inputs, outputs, parent and provider as recorded", () => {
    const key = find("key");
    assert.deepEqual(
      [key.inputs.enableKeyRotation, key.outputs.arn, key.parent, key.provider, state.ids.get(key.urn)],
      [
        true,
        "arn:aws:kms:eu-west-1:210987654321:key/0b9f3d2e-7c41-4e8a-9a55-2f6d1c8b7e40",
        "urn:pulumi:dev::basic::pulumi:pulumi:Stack::basic-dev",
        "urn:pulumi:dev::basic::pulumi:providers:aws::default_7_48_0::6f1c9a3e-2b7d-4e50-8c14-9d3a7b2e5f60",
        "0b9f3d2e-7c41-4e8a-9a55-2f6d1c8b7e40",
      ],
    );
  });

  it("drops empty property dependency lists, as the engine does", () => {
    assert.deepEqual(find("key").propertyDependencies, {});
  });

  it("reads protect, ignoreChanges and custom timeouts into the options", () => {
    assert.deepEqual(find("logs").options, {
      protect: true,
      ignoreChanges: ["tags"],
      aliases: [],
      customTimeouts: { create: 60, update: 0, delete: 5400 },
      additionalSecretOutputs: [],
    });
  });

  it("decodes a plaintext secret into a wire secret with its value", () => {
    assert.deepEqual(find("role").outputs.uniqueId, {
      [SIG_KEY]: SECRET_SIG,
      value: "AROATEXAMPLE7Q2W3E4R5",
    });
  });

  it("stands a placeholder in for an encrypted secret", () => {
    assert.deepEqual(find("basic-dev").outputs.apiKey, {
      [SIG_KEY]: SECRET_SIG,
      value: ENCRYPTED_PLACEHOLDER,
    });
  });

  it("rejects a file that is not JSON", () => {
    assert.throws(
      () => parseStackExport("resources: []", "stack.json"),
      (e: Error) =>
        e instanceof ConfigError &&
        /^stack\.json is not JSON \(.*\); pass the output of `pulumi stack export`$/.test(e.message),
    );
  });

  it("rejects JSON without a deployment", () => {
    rejects(
      '{"version": 3, "resources": []}',
      'stack.json has no "deployment" object; pass the output of `pulumi stack export` (not a checkpoint or a preview)',
    );
  });

  it("rejects a deployment version other than 3", () => {
    rejects(
      '{"version": 2, "deployment": {"resources": []}}',
      "stack.json is a version 2 deployment; only version 3 is supported: export it again with a current Pulumi CLI",
    );
  });

  it("rejects a resource without a URN", () => {
    rejects(
      '{"version": 3, "deployment": {"resources": [{"type": "aws:s3/bucket:Bucket"}]}}',
      'stack.json: deployment.resources[0] has no valid "urn" and "type"',
    );
  });

  it("rejects an empty stack", () => {
    rejects(
      '{"version": 3, "deployment": {"manifest": {}}}',
      "stack.json has no resources; there is nothing to audit in an empty stack",
    );
  });
});
