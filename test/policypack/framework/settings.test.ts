import * as assert from "node:assert/strict";
import Ajv from "ajv";
import {
  parseSettings,
  publishSettings,
  currentSettings,
  settingsConfigSchema,
} from "../../../policypack/framework/settings";
import { declaredScope } from "../../../policypack/framework/scope-context";

const schema = settingsConfigSchema(["kms-key-rotation-enabled"]);
const validate = new Ajv({ allErrors: true }).compile({ type: "object", ...schema });

describe("pack settings", () => {
  it("read the scope and well-formed exemptions", () => {
    const e = { policy: "p", resource: "r", reason: "why", expires: "2030-01-01" };
    assert.deepEqual(parseSettings({ scope: 4, exemptions: [e, { policy: "p" }] }), {
      scope: 4,
      exemptions: [e],
    });
  });

  it("ignore a scope outside 1..5", () => {
    assert.equal(parseSettings({ scope: 9 }).scope, undefined);
  });

  it("are published for the policies that run after the settings policy", () => {
    publishSettings({ scope: 2 });
    assert.equal(currentSettings().scope, 2);
    publishSettings({});
    assert.equal(currentSettings().scope, undefined);
  });

  it("prefer the pack config's scope to the stack tag", () => {
    assert.deepEqual(declaredScope({ scope: 4, exemptions: [] }, new Map([["ai-scope", "3"]])), {
      scope: 4,
      source: "pack-config",
    });
    assert.deepEqual(declaredScope({ exemptions: [] }, new Map([["ai-scope", "3"]])), {
      scope: 3,
      source: "stack-tag",
    });
  });

  it("have a schema that rejects an exemption of an unknown policy", () => {
    assert.equal(
      validate({ exemptions: [{ policy: "nope", resource: "r", reason: "x", expires: "2030-01-01" }] }),
      false,
    );
  });

  it("have a schema that rejects a blank reason and a malformed date", () => {
    assert.equal(
      validate({
        exemptions: [
          { policy: "kms-key-rotation-enabled", resource: "r", reason: "  ", expires: "2030-01-01" },
        ],
      }),
      false,
    );
    assert.equal(
      validate({
        exemptions: [{ policy: "kms-key-rotation-enabled", resource: "r", reason: "x", expires: "1/1/2030" }],
      }),
      false,
    );
  });

  it("have a schema that accepts a complete exemption and a scope", () => {
    assert.equal(
      validate({
        scope: 3,
        exemptions: [
          { policy: "kms-key-rotation-enabled", resource: "r", reason: "x", expires: "2030-01-01" },
        ],
      }),
      true,
    );
  });
});
