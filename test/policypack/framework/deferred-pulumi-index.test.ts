import * as assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import type Module from "node:module";
import * as path from "node:path";
import * as pulumi from "@pulumi/pulumi";
import { deferPulumiIndex, PULUMI_INDEX } from "../../../policypack/framework/deferred-pulumi-index";

const COMPILED = path.resolve(__dirname, "../../../policypack/dist/framework/deferred-pulumi-index.js");

/**
 * In a fresh Node process, as the pack starts: the stand-in goes in, `@pulumi/policy` loads, then
 * an asset is deserialized. Says what the module cache held at each point.
 */
function freshPackProcess(): {
  installed: boolean;
  deferredAfterPolicyLoaded: boolean;
  automationLoaded: boolean;
  assetIsRealFileAsset: boolean;
  realIndexCachedAfterUse: boolean;
} {
  const script = `
    const { deferPulumiIndex, PULUMI_INDEX } = require(${JSON.stringify(COMPILED)});
    const installed = deferPulumiIndex();
    const standIn = require.cache[PULUMI_INDEX];
    require("@pulumi/policy");
    const deferredAfterPolicyLoaded = require.cache[PULUMI_INDEX] === standIn;
    const automationLoaded = Object.keys(require.cache).some((k) => k.includes("/@pulumi/pulumi/automation/"));
    const { Struct } = require(require.resolve("google-protobuf/google/protobuf/struct_pb", { paths: [PULUMI_INDEX] }));
    const { specialSigKey, specialAssetSig } = require("@pulumi/pulumi/runtime/rpc");
    const struct = Struct.fromJavaScript({ file: { [specialSigKey]: specialAssetSig, path: "model.bin" } });
    const props = require("@pulumi/policy/deserialize").deserializeProperties(struct, false);
    const real = require(PULUMI_INDEX);
    console.log(JSON.stringify({
      installed,
      deferredAfterPolicyLoaded,
      automationLoaded,
      assetIsRealFileAsset: props.file instanceof real.asset.FileAsset && props.file.path instanceof Promise,
      realIndexCachedAfterUse: require.cache[PULUMI_INDEX] !== standIn && real !== standIn.exports,
    }));`;
  const out = execFileSync(process.execPath, ["-e", script], {
    cwd: path.resolve(__dirname, "../../.."),
    encoding: "utf8",
  });
  return JSON.parse(out);
}

describe("deferred @pulumi/pulumi index", () => {
  it("keeps the index unloaded while @pulumi/policy loads, and loads the real one when an asset needs it", () => {
    assert.deepEqual(freshPackProcess(), {
      installed: true,
      deferredAfterPolicyLoaded: true,
      automationLoaded: false,
      assetIsRealFileAsset: true,
      realIndexCachedAfterUse: true,
    });
  });

  it("leaves a module cache that already holds the index as it is", () => {
    const loaded = { id: PULUMI_INDEX } as Module;
    const cache: Record<string, Module | undefined> = { [PULUMI_INDEX]: loaded };
    assert.equal(deferPulumiIndex(cache), false);
    assert.equal(cache[PULUMI_INDEX], loaded);
  });

  it("hands on every read to the real index, and leaves the real one in the cache", () => {
    const cache: Record<string, Module | undefined> = {};
    assert.equal(deferPulumiIndex(cache), true);
    const standIn = cache[PULUMI_INDEX]!.exports as typeof pulumi;
    // `import * as` in compiled TypeScript takes the module as it is when it says it is an ES module.
    assert.equal((standIn as unknown as { __esModule: boolean }).__esModule, true);
    assert.equal(standIn.asset.FileAsset, pulumi.asset.FileAsset);
    assert.equal(standIn.runtime, pulumi.runtime);
    assert.ok("Config" in standIn);
    assert.deepEqual(Object.keys(standIn).sort(), Object.keys(pulumi).sort());
    assert.equal(cache[PULUMI_INDEX], undefined, "the stand-in left the cache when the real index was read");
  });
});
