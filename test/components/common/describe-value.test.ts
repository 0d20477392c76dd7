import { strict as assert } from "assert";
import * as pulumi from "@pulumi/pulumi";
import { describeValue, isIntegerInRange, show, tagArgsError } from "../../../components/common";

describe("components/common/describe-value", () => {
  it("quotes strings and shows JSON for plain values", () => {
    assert.deepEqual(
      [
        describeValue("x"),
        describeValue(3),
        describeValue([1, "a"]),
        describeValue({ a: null }),
        describeValue(undefined),
      ],
      ['"x"', "3", '[1,"a"]', '{"a":null}', "undefined"],
    );
  });

  it("names an Output and says to pass a plain value, instead of Pulumi's toJSON warning", () => {
    const text = describeValue(pulumi.output(3));
    assert.equal(
      text,
      "an Output (this argument is checked before anything is created, so pass a plain value, not a resource's output)",
    );
  });

  it("names NaN and infinities instead of printing null", () => {
    assert.deepEqual(
      [describeValue(NaN), describeValue(Infinity), describeValue([NaN])],
      ["NaN (not a number)", "Infinity", '["NaN"]'],
    );
  });

  it("does not throw on values JSON cannot show", () => {
    const loop: Record<string, unknown> = {};
    loop.self = loop;
    assert.deepEqual(
      [describeValue(loop), describeValue(10n), describeValue(() => 1)],
      ["an object that cannot be shown", "10", "a function"],
    );
  });

  it("is what component validation messages show, for an Output scope", () => {
    assert.equal(
      tagArgsError({ scope: pulumi.output(3) as unknown as 3 }),
      "scope an Output (this argument is checked before anything is created, so pass a plain value, not a resource's output) is not a scope; set it to one of 1, 2, 3, 4, 5.",
    );
    assert.deepEqual([show(NaN), isIntegerInRange(NaN, 1, 5)], ["NaN (not a number)", false]);
  });
});
