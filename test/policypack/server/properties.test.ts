import { strict as assert } from "assert";
import * as fs from "fs";
import * as path from "path";
import fc from "fast-check";
import { POLICIES } from "../../../policypack/policies";
import { SETTINGS_POLICY_NAME } from "../../../policypack/framework/settings";
import { DATA_CLASSES } from "../../../policypack/vocabulary";
import { isSecret, secret, UNKNOWN } from "../../../preview/engine/sentinels";
import { PackServer, type Diag } from "./pack-server";
import { at } from "../../readers";

/**
 * Properties of every resource policy, through the SDK's own server (the pack started once, as the
 * Pulumi CLI starts it), on generated props: keys the policies read, values of every kind.
 * - no policy crashes (a check that throws is reported as "could not evaluate") and no call hangs
 *   (each call has the engine's deadline);
 * - wrapping any value as a secret changes no verdict;
 * - replacing a flag or a number with an unknown turns a violation into "can't run", never a pass;
 * - secrets survive every remediation.
 * Fixed seeds and bounded runs keep the file to well under a minute.
 */

const POLICY_DIR = path.resolve(__dirname, "../../../policypack/policies");

/** The property names the policies read, found in their sources. */
function keysPoliciesRead(): string[] {
  const keys = new Set<string>(["tags", "name", "policy"]);
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(file);
      else if (file.endsWith(".ts")) {
        const text = fs.readFileSync(file, "utf8");
        for (const m of text.matchAll(/props\.([a-zA-Z]+)|field\([a-zA-Z.()]+, "([a-zA-Z]+)"\)/g)) {
          keys.add(m[1] ?? m[2]);
        }
      }
    }
  };
  walk(POLICY_DIR);
  return [...keys].sort();
}

const KEYS = keysPoliciesRead();
const RESOURCE_POLICIES = POLICIES.filter((p) => p.kind === "resource");
const TYPES = [
  ...new Set(RESOURCE_POLICIES.flatMap((p) => (p.kind === "resource" ? p.resourceTypes : []))),
].sort();
const REMEDIATING = RESOURCE_POLICIES.filter((p) => p.kind === "resource" && p.remediate !== undefined);

const STRINGS = [
  "",
  "*",
  "Enabled",
  "Disabled",
  "required",
  "optional",
  "aws:kms",
  "AES256",
  "alias/aws/s3",
  "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab",
  "0.0.0.0/0",
  "::/0",
  "p5.48xlarge",
  "ml.t3.medium",
  "OpenSearch_2.13",
  "postgres",
  "Interface",
  "com.amazonaws.us-east-1.bedrock-runtime",
  "subnet-1",
  '{"Statement":[{"Effect":"Allow","Principal":"*","Action":"*","Resource":"*"}]}',
  "{not json",
  ...DATA_CLASSES,
];

const leaf = fc.oneof(
  fc.boolean(),
  fc.constantFrom(...STRINGS),
  fc.integer({ min: -1, max: 70000 }),
  fc.constant(null),
  fc.constantFrom(0.5, Number.MAX_SAFE_INTEGER),
);
const { value } = fc.letrec((tie) => ({
  value: fc.oneof({ depthSize: "small", withCrossShrink: true }, leaf, tie("list"), tie("record")),
  list: fc.array(tie("value"), { maxLength: 3 }),
  record: fc.dictionary(fc.constantFrom(...KEYS), tie("value"), { maxKeys: 4 }),
}));
const tags = fc.dictionary(
  fc.constantFrom("data-class", "ai-system", "owner", "ai-scope"),
  fc.constantFrom(...STRINGS),
  {
    maxKeys: 3,
  },
);
const props = fc
  .tuple(fc.dictionary(fc.constantFrom(...KEYS), value, { maxKeys: 8 }), tags)
  .map(([p, t]) => ({ ...p, tags: t }) as Record<string, unknown>);
const resource = fc.record({ type: fc.constantFrom(...TYPES), props });

/** Every path to a leaf value of `v`. */
function leafPaths(v: unknown, at: (string | number)[] = []): (string | number)[][] {
  if (Array.isArray(v)) return v.flatMap((x, i) => leafPaths(x, [...at, i]));
  if (typeof v === "object" && v !== null)
    return Object.entries(v).flatMap(([k, x]) => leafPaths(x, [...at, k]));
  return at.length === 0 ? [] : [at];
}

function getAt(v: unknown, p: (string | number)[]): unknown {
  return p.reduce<unknown>((o, k) => at(isSecret(o) ? o.value : o, k), v);
}

function setAt(v: unknown, p: (string | number)[], f: (x: unknown) => unknown): unknown {
  if (p.length === 0) return f(v);
  const [k, ...rest] = p;
  if (Array.isArray(v)) return v.map((x, i) => (i === k ? setAt(x, rest, f) : x));
  const o = v as Record<string, unknown>;
  return { ...o, [k]: setAt(o[k], rest, f) };
}

const verdicts = (ds: readonly Diag[]) =>
  ds
    .filter((d) => d.policy !== "exemption-applied")
    .map((d) => `${d.policy} ${d.level} ${d.message}`)
    .sort();
const violated = (ds: readonly Diag[]) =>
  new Set(ds.filter((d) => !d.message.includes("can't run")).map((d) => d.policy));
const cantRun = (ds: readonly Diag[]) =>
  new Set(ds.filter((d) => d.message.includes("can't run")).map((d) => d.policy));

describe("every policy through the SDK server, on generated props", function () {
  this.timeout(240_000);
  let server: PackServer;

  before(async () => {
    const config: Record<string, unknown> = { [SETTINGS_POLICY_NAME]: { scope: 5 } };
    for (const p of REMEDIATING) config[p.name] = "remediate";
    server = await PackServer.start(config);
  });
  after(async () => server?.close());

  it("judges a security-group rule whose cidrIpv6 is an object without failing", async () => {
    const found = await server.analyze("aws:vpc/securityGroupIngressRule:SecurityGroupIngressRule", {
      ipProtocol: "tcp",
      fromPort: 22,
      toPort: 22,
      cidrIpv6: { toString: "::/0", valueOf: 0 },
    });
    assert.deepEqual(
      found.filter((d) => d.policy === "ec2-security-group-no-public-admin-ingress"),
      [],
    );
  });

  it("reads a property pool and covers every resource type", () => {
    assert.ok(KEYS.length > 50 && TYPES.length > 30, `${KEYS.length} keys, ${TYPES.length} types`);
  });

  it("never crashes on malformed props, and wrapping any value as a secret changes no verdict", async () => {
    await fc.assert(
      fc.asyncProperty(resource, fc.nat(), async ({ type, props: p }, pick) => {
        const plain = await server.analyze(type, p);
        assert.deepEqual(
          plain.filter((d) => d.message.includes("could not evaluate")).map((d) => d.message),
          [],
        );
        const paths = [...leafPaths(p), ...Object.keys(p).map((k) => [k])];
        const target = paths[pick % paths.length];
        const wrapped = setAt(p, target, (x) => secret(x)) as Record<string, unknown>;
        assert.deepEqual(
          verdicts(await server.analyze(type, wrapped)),
          verdicts(plain),
          `secret at ${target.join(".")}`,
        );
      }),
      { seed: 8101, numRuns: 250 },
    );
  });

  it("never lets an unknown flag or number turn a violation into a silent pass", async () => {
    await fc.assert(
      fc.asyncProperty(resource, fc.nat(), async ({ type, props: p }, pick) => {
        const paths = leafPaths(p).filter((at) => {
          const v = getAt(p, at);
          return typeof v === "boolean" || typeof v === "number";
        });
        if (paths.length === 0) return;
        const at = paths[pick % paths.length];
        const before = violated(await server.analyze(type, p));
        const after = await server.analyze(type, setAt(p, at, () => UNKNOWN) as Record<string, unknown>);
        const silent = [...before].filter((name) => !violated(after).has(name) && !cantRun(after).has(name));
        assert.deepEqual(silent, [], `unknown at ${at.join(".")}`);
      }),
      { seed: 8102, numRuns: 200 },
    );
  });

  it("keeps every secret secret through every remediation", async () => {
    const remediable = fc.record({
      type: fc.constantFrom(
        ...[...new Set(REMEDIATING.flatMap((p) => (p.kind === "resource" ? p.resourceTypes : [])))],
      ),
      props,
    });
    await fc.assert(
      fc.asyncProperty(remediable, fc.nat(), async ({ type, props: p }, pick) => {
        const paths = leafPaths(p);
        if (paths.length === 0) return;
        const at = paths[pick % paths.length];
        const sent = setAt(p, at, (x) => secret(x)) as Record<string, unknown>;
        for (const answer of await server.remediate(type, sent)) {
          if (answer.properties === undefined) continue;
          // The secret, or the block holding it, must still be a secret where it is still present.
          const prefixes = at.map((_, i) => at.slice(0, i + 1));
          const kept = prefixes.some((pre) => isSecret(getAt(answer.properties, pre)));
          const gone = getAt(answer.properties, at) === undefined;
          assert.ok(kept || gone, `${answer.policy} returned ${at.join(".")} in clear`);
        }
      }),
      { seed: 8103, numRuns: 200 },
    );
  });
});
