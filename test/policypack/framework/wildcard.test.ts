import { strict as assert } from "assert";
import fc from "fast-check";
import { wildcardMatches } from "../../../policypack/framework/wildcard";

/** Reference matcher: dynamic programming over (pattern prefix, value prefix); obviously right. */
function reference(pattern: string, value: string, questionMark: boolean): boolean {
  let row = [true, ...Array<boolean>(value.length).fill(false)];
  for (const c of pattern) {
    const next = [c === "*" && row[0], ...Array<boolean>(value.length).fill(false)];
    for (let j = 1; j <= value.length; j++) {
      next[j] =
        c === "*" ? row[j] || next[j - 1] : row[j - 1] && (c === value[j - 1] || (questionMark && c === "?"));
    }
    row = next;
  }
  return row[value.length];
}

/** Patterns and values over a tiny alphabet, which is where backtracking matchers blow up. */
const pattern = fc.string({ unit: fc.constantFrom("*", "?", "a", "b", "Z"), maxLength: 24 });
const value = fc.string({ unit: fc.constantFrom("a", "b", "Z"), maxLength: 40 });

describe("wildcard matching", () => {
  it("matches `*` as any run and, for IAM, `?` as one character", () => {
    assert.deepEqual(
      [
        wildcardMatches("bedrock:Invoke*", "bedrock:InvokeModel"),
        wildcardMatches("bedrock:invoke*", "bedrock:InvokeModel"),
        wildcardMatches("bedrock:invoke*", "bedrock:InvokeModel", { ignoreCase: true }),
        wildcardMatches("s3:Get?bject", "s3:GetObject", { questionMark: true }),
        wildcardMatches("s3:Get?bject", "s3:GetObject"),
        wildcardMatches("train-*", "train-"),
      ],
      [true, false, true, true, false, true],
    );
  });

  it("treats regular-expression characters in a pattern as themselves", () => {
    assert.deepEqual(
      [wildcardMatches("a.c", "abc"), wildcardMatches("(a|b)*", "(a|b)x"), wildcardMatches("a+", "aa")],
      [false, true, false],
    );
  });

  it("agrees with the reference matcher on adversarial patterns (fuzz, fixed seed)", () => {
    fc.assert(
      fc.property(pattern, value, fc.boolean(), (p, v, q) => {
        assert.equal(wildcardMatches(p, v, { questionMark: q }), reference(p, v, q), `${p} ~ ${v}`);
      }),
      { seed: 20260501, numRuns: 3000 },
    );
  });

  it("never takes more than (|pattern| + 1) x (|value| + 1) steps (fuzz, fixed seed)", () => {
    const long = fc.string({ unit: fc.constantFrom("a", "b"), minLength: 200, maxLength: 400 });
    fc.assert(
      fc.property(pattern, long, (p, v) => {
        const steps = { count: 0 };
        wildcardMatches(p, v, { questionMark: true, steps });
        assert.ok(steps.count <= (p.length + 1) * (v.length + 1), `${steps.count} steps for ${p}`);
      }),
      { seed: 20260502, numRuns: 500 },
    );
  });

  it("answers a star-heavy action against a long name in steps linear in the name", () => {
    const steps = { count: 0 };
    const name = "a".repeat(5000);
    assert.equal(wildcardMatches("************Z", name, { ignoreCase: true, steps }), false);
    // Consecutive stars collapse into one: each value position is tried once per retry of "Z".
    assert.ok(steps.count <= 3 * (name.length + 13), `${steps.count} steps`);
  });
});
