import * as assert from "node:assert/strict";
import { proxyTarget, sdkProxy } from "../../../policypack/framework/sdk-proxy";
import { UNKNOWN } from "../../../preview/engine/sentinels";

/** The SDK internals the pack relies on, as the installed SDK has them. */
describe("the SDK proxy internals the pack relies on", () => {
  it("has the unknown sentinels the engine sends", () => {
    assert.equal(sdkProxy.unknownStringValue, UNKNOWN);
    for (const sentinel of [
      sdkProxy.unknownBooleanValue,
      sdkProxy.unknownNumberValue,
      sdkProxy.unknownArrayValue,
      sdkProxy.unknownObjectValue,
    ]) {
      assert.match(sentinel, /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    }
  });

  it("wraps props in a proxy that throws its UnknownValueError, naming the path, on an unknown", () => {
    const props = sdkProxy.unknownCheckingProxy({ block: { flag: UNKNOWN } });
    assert.throws(
      () => props.block.flag,
      (e: unknown) =>
        e instanceof sdkProxy.UnknownValueError &&
        e.message === "string value at .block.flag can't be known during preview",
    );
  });

  it("exposes the object behind the proxy, and nothing for a plain object", () => {
    const target = { a: UNKNOWN };
    assert.equal(proxyTarget(sdkProxy.unknownCheckingProxy(target)), target);
    assert.equal(proxyTarget(target), undefined);
    assert.equal(proxyTarget("x"), undefined);
  });
});
