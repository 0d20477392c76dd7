import { strict as assert } from "assert";
import { ConfigError } from "../../../preview/engine/errors";
import { reconcilePackConfig } from "../../../preview/engine/pack/pack-config";
import type { PackInfo } from "../../../preview/engine/types";

const pack: PackInfo = {
  name: "p",
  version: "1.0.0",
  policies: [
    { name: "kms-key-rotation-enabled", description: "", enforcementLevel: "mandatory", tags: [] },
    {
      name: "log-retention",
      description: "",
      enforcementLevel: "advisory",
      tags: [],
      configSchema: {
        properties: { minDays: { type: "integer", minimum: 1, default: 90 }, classes: { type: "array" } },
      },
    },
    {
      name: "needs-owner",
      description: "",
      enforcementLevel: "advisory",
      tags: [],
      configSchema: { properties: { owner: { type: "string" } }, required: ["owner"] },
    },
  ],
};
const owner = { "needs-owner": { owner: "team" } };

const configError = (message: string) => (e: Error) => e instanceof ConfigError && e.message === message;

describe("engine pack config: merging", () => {
  it("starts every policy at its own level with its schema defaults", () => {
    const c = reconcilePackConfig(pack, {}, owner);
    assert.deepEqual(c["log-retention"], { enforcementLevel: "advisory", properties: { minDays: 90 } });
  });

  it("has an entry for every policy, configured or not", () => {
    assert.deepEqual(Object.keys(reconcilePackConfig(pack, {}, owner)), [
      "kms-key-rotation-enabled",
      "log-retention",
      "needs-owner",
    ]);
  });

  it("applies initialConfig over the defaults", () => {
    const c = reconcilePackConfig(
      pack,
      { "log-retention": { enforcementLevel: "mandatory", properties: { minDays: 30 } } },
      owner,
    );
    assert.deepEqual(c["log-retention"], { enforcementLevel: "mandatory", properties: { minDays: 30 } });
  });

  it("applies the file over initialConfig, merging properties top-level", () => {
    const c = reconcilePackConfig(
      pack,
      { "log-retention": { properties: { classes: ["a"] } } },
      { ...owner, "log-retention": { minDays: 7 } },
    );
    assert.deepEqual(c["log-retention"].properties, { minDays: 7, classes: ["a"] });
  });

  it("takes a plain string as the policy's level", () => {
    assert.equal(
      reconcilePackConfig(pack, {}, { ...owner, "kms-key-rotation-enabled": "advisory" })[
        "kms-key-rotation-enabled"
      ].enforcementLevel,
      "advisory",
    );
  });

  it('sets every level with "all" given as an object, its properties ignored as pulumi does', () => {
    const c = reconcilePackConfig(pack, {}, { ...owner, all: { enforcementLevel: "mandatory", minDays: 3 } });
    assert.deepEqual(
      Object.values(c).map((x) => [x.enforcementLevel, x.properties.minDays]),
      [
        ["mandatory", undefined],
        ["mandatory", 90],
        ["mandatory", undefined],
      ],
    );
  });

  it('sets every level with "all", a policy\'s own entry winning', () => {
    const c = reconcilePackConfig(pack, {}, { ...owner, "log-retention": "mandatory", all: "disabled" });
    assert.deepEqual(
      Object.values(c).map((x) => x.enforcementLevel),
      ["disabled", "mandatory", "disabled"],
    );
  });
});

describe("engine pack config: validation", () => {
  it("rejects an invalid level string", () => {
    assert.throws(
      () => reconcilePackConfig(pack, {}, { ...owner, "kms-key-rotation-enabled": "strict" }),
      configError(
        'pack config: "kms-key-rotation-enabled": enforcementLevel must be one of advisory, mandatory, remediate, disabled (got "strict")',
      ),
    );
  });

  it("rejects an invalid enforcementLevel in an object entry", () => {
    assert.throws(
      () => reconcilePackConfig(pack, {}, { ...owner, "log-retention": { enforcementLevel: "warn" } }),
      configError(
        'pack config: "log-retention": enforcementLevel must be one of advisory, mandatory, remediate, disabled (got "warn")',
      ),
    );
  });

  it("warns about an unknown policy, naming near names, and ignores it as pulumi does", () => {
    const warnings: string[] = [];
    const c = reconcilePackConfig(pack, {}, { ...owner, "kms-key-rotation": "advisory" }, (m) =>
      warnings.push(m),
    );
    assert.deepEqual(
      [warnings, Object.keys(c)],
      [
        [
          'pack config: unknown policy "kms-key-rotation" in pack p is ignored, as pulumi ignores it; did you mean "kms-key-rotation-enabled"?',
        ],
        ["kms-key-rotation-enabled", "log-retention", "needs-owner"],
      ],
    );
  });

  it("lists the pack's policies in the warning when no name is near", () => {
    const warnings: string[] = [];
    reconcilePackConfig(pack, {}, { ...owner, zzz: "advisory" }, (m) => warnings.push(m));
    assert.deepEqual(warnings, [
      'pack config: unknown policy "zzz" in pack p is ignored, as pulumi ignores it; its policies are: kms-key-rotation-enabled, log-retention, needs-owner',
    ]);
  });

  it("rejects a property of the wrong type, naming policy and key", () => {
    assert.throws(
      () => reconcilePackConfig(pack, {}, { ...owner, "log-retention": { minDays: "ninety" } }),
      configError('pack config: "log-retention": minDays must be integer (got "ninety")'),
    );
  });

  it("rejects a property that breaks a schema bound", () => {
    assert.throws(
      () => reconcilePackConfig(pack, {}, { ...owner, "log-retention": { minDays: 0 } }),
      configError('pack config: "log-retention": minDays must be >= 1 (got 0)'),
    );
  });

  it("rejects a value other than a const, naming the value it must be", () => {
    const pinned: PackInfo = {
      ...pack,
      policies: [{ ...pack.policies[1], configSchema: { properties: { mode: { const: "strict" } } } }],
    };
    assert.throws(
      () => reconcilePackConfig(pinned, {}, { "log-retention": { mode: "lax" } }),
      configError('pack config: "log-retention": mode must be "strict" (got "lax")'),
    );
  });

  it("rejects a missing required property, even when the file does not mention the policy", () => {
    assert.throws(
      () => reconcilePackConfig(pack, {}, {}),
      configError('pack config: "needs-owner": owner is required'),
    );
  });

  it("reports every problem, sorted, in one error", () => {
    assert.throws(
      () =>
        reconcilePackConfig(pack, {}, { "log-retention": { minDays: 0 }, "kms-key-rotation-enabled": "x" }),
      (e: Error) =>
        e.message.split("\n").length === 3 &&
        e.message.split("\n")[1] === 'pack config: "log-retention": minDays must be >= 1 (got 0)',
    );
  });
});
