import * as assert from "node:assert/strict";
import * as path from "node:path";
import * as analyzerproto from "@pulumi/pulumi/proto/analyzer_pb";
import type {
  Policy,
  PolicyResource,
  ResourceValidationPolicy,
  StackValidationArgs,
  StackValidationPolicy,
} from "@pulumi/policy";
import type { AnalyzerHandlers } from "../../../policypack/framework/sdk-server";
import { proxyTarget } from "../../../policypack/framework/sdk-proxy";
import { withSharedStackAnalysis } from "../../../policypack/framework/shared-stack-analysis";
import { PolicyPackProcess } from "../../../preview/engine";
import { toStruct } from "../../../preview/engine/pack/requests";
import { UNKNOWN } from "../support";

// The SDK's own AnalyzeStack handler: internal, and exactly what the shared handler must answer like.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { makeAnalyzeStackRpcFun } = require("@pulumi/policy/server");

type Handler = AnalyzerHandlers["analyzeStack"];
const PACK = { name: "probe-pack", version: "1.2.3", enforcementLevel: "advisory" } as const;
const BUCKET = "aws:s3/bucket:Bucket";
const KEY = "aws:kms/key:Key";
const urnOf = (type: string, name: string) => `urn:pulumi:dev::proj::${type}::${name}`;

/** A request with links of every kind: parent, dependencies, property dependencies, provider, options. */
function request(): analyzerproto.AnalyzeStackRequest {
  const key = new analyzerproto.AnalyzerResource();
  key.setUrn(urnOf(KEY, "key"));
  key.setType(KEY);
  key.setName("key");
  key.setProperties(toStruct({ enableKeyRotation: true, description: UNKNOWN }));
  const keyOptions = new analyzerproto.AnalyzerResourceOptions();
  keyOptions.setProtect(true);
  keyOptions.setDeletebeforereplacedefined(true);
  keyOptions.setDeletebeforereplace(true);
  keyOptions.setAliasesList(["urn:old"]);
  const timeouts = new analyzerproto.AnalyzerResourceOptions.CustomTimeouts();
  timeouts.setCreate(60);
  keyOptions.setCustomtimeouts(timeouts);
  key.setOptions(keyOptions);

  const bucket = new analyzerproto.AnalyzerResource();
  bucket.setUrn(urnOf(BUCKET, "data"));
  bucket.setType(BUCKET);
  bucket.setName("data");
  bucket.setProperties(toStruct({ bucket: "data", tags: { env: "dev" } }));
  const bucketOptions = new analyzerproto.AnalyzerResourceOptions();
  bucketOptions.setParent(urnOf(KEY, "key"));
  bucketOptions.setIgnorechangesList(["tags"]);
  bucket.setOptions(bucketOptions);
  bucket.setParent(urnOf(KEY, "key"));
  bucket.setDependenciesList([urnOf(KEY, "key"), "urn:not-in-the-stack"]);
  const deps = new analyzerproto.AnalyzerPropertyDependencies();
  deps.setUrnsList([urnOf(KEY, "key")]);
  bucket.getPropertydependenciesMap().set("serverSideEncryptionConfiguration", deps);
  const provider = new analyzerproto.AnalyzerProviderResource();
  provider.setType("pulumi:providers:aws");
  provider.setName("default");
  provider.setUrn("urn:pulumi:dev::proj::pulumi:providers:aws::default");
  provider.setProperties(toStruct({ region: "eu-west-1" }));
  bucket.setProvider(provider);

  const req = new analyzerproto.AnalyzeStackRequest();
  req.setResourcesList([key, bucket]);
  return req;
}

/** Everything a stack policy can observe of a resource, as plain data. */
function observed(r: PolicyResource): unknown {
  const bucketClass = { __pulumiType: BUCKET };
  return {
    type: r.type,
    urn: r.urn,
    name: r.name,
    props: proxyTarget(r.props),
    opts: r.opts,
    provider: r.provider && { ...r.provider, props: proxyTarget(r.provider.props) },
    parent: r.parent?.urn,
    dependencies: r.dependencies.map((d) => d.urn),
    propertyDependencies: Object.entries(r.propertyDependencies).map(([k, v]) => [k, v.map((d) => d.urn)]),
    isBucket: r.isType(bucketClass as never),
    asBucket: r.asType(bucketClass as never) !== undefined,
  };
}

function stackPolicy(
  name: string,
  validateStack: StackValidationPolicy["validateStack"],
  more: Partial<StackValidationPolicy> = {},
): StackValidationPolicy {
  return { name, description: `${name} holds.`, severity: "high", validateStack, ...more };
}

/** A policy of each behaviour the SDK's handler distinguishes. */
function policies(): Policy[] {
  const marked = Object.assign((_: StackValidationArgs, report: (m: string) => void) => report("saw a key"), {
    __pulumiType: KEY,
  });
  const absent = Object.assign(() => undefined, { __pulumiType: "aws:sagemaker/model:Model" });
  return [
    stackPolicy("sees-everything", (args, report) => {
      for (const r of args.resources) report(JSON.stringify(observed(r)), r.urn);
      report(JSON.stringify({ config: args.getConfig(), tags: [...args.stackTags] }));
    }),
    stackPolicy("reports-fields", (_args, report) =>
      (report as unknown as (info: object) => void)({
        name: "renamed",
        message: "m",
        urn: "urn:x",
        severity: "low",
      }),
    ),
    stackPolicy("reports-nothing-to-add", (_args, report) => report("")),
    stackPolicy("not-applicable-with-reason", (args) => args.notApplicable("no keys here")),
    stackPolicy("not-applicable-without-reason", (args) => args.notApplicable()),
    stackPolicy(
      "reads-an-unknown",
      (args, report) => report(String((args.resources[0].props as { description: string }).description)),
      { enforcementLevel: "mandatory", remediationSteps: "Wait for the key." },
    ),
    stackPolicy("gated-on-a-present-type", marked),
    stackPolicy("gated-on-an-absent-type", absent),
    stackPolicy("disabled", (_args, report) => report("never"), { enforcementLevel: "disabled" }),
    stackPolicy("remediate-level", (_args, report) => report("as mandatory"), {
      enforcementLevel: "remediate",
    }),
    stackPolicy("async", async (_args, report) => {
      await new Promise((resolve) => setImmediate(resolve));
      report("after a tick");
    }),
    {
      name: "resource-policy",
      description: "d",
      validateResource: () => undefined,
    } as ResourceValidationPolicy,
  ];
}

function call(handler: Handler, req = request()): Promise<analyzerproto.AnalyzeResponse> {
  return new Promise((resolve, reject) =>
    handler({ request: req }, (error, response) => (error ? reject(error) : resolve(response!))),
  );
}

/** The SDK's handlers with AnalyzeStack shared; Configure and ConfigureStack answer at once. */
function shared(list: readonly Policy[], seen: string[] = []): AnalyzerHandlers {
  const answer = (rpc: string) => (_call: unknown, callback: (e: unknown, r?: unknown) => void) => {
    seen.push(rpc);
    callback(null, {});
  };
  const sdk: AnalyzerHandlers = {
    analyzeStack: () => assert.fail("the SDK's AnalyzeStack handler was called"),
    configure: answer("configure"),
    configureStack: answer("configureStack"),
  };
  return withSharedStackAnalysis(sdk, PACK, list);
}

const sdkHandler = (list: readonly Policy[]): Handler =>
  makeAnalyzeStackRpcFun(PACK.name, PACK.version, PACK.enforcementLevel, list);

describe("shared stack analysis", () => {
  it("answers every kind of stack policy exactly as the SDK's handler does", async () => {
    const list = policies();
    const expected = await call(sdkHandler(list));
    const actual = await call(shared(list).analyzeStack);
    assert.deepEqual(actual.toObject(), expected.toObject());
    // The comparison saw every path: diagnostics of six policies, three not-applicable entries.
    assert.deepEqual(
      [...new Set(actual.getDiagnosticsList().map((d) => d.getPolicyname()))],
      [
        "sees-everything",
        "renamed",
        "reports-nothing-to-add",
        "reads-an-unknown",
        "gated-on-a-present-type",
        "remediate-level",
        "async",
      ],
    );
    assert.equal(actual.getNotApplicableList().length, 3);
  });

  it("fails the call with the SDK's error when a policy throws", async () => {
    const list = [
      stackPolicy("throws", () => {
        throw new Error("broken check");
      }),
    ];
    const expected = await call(sdkHandler(list)).then(
      () => assert.fail("no error"),
      (e: Error) => e,
    );
    const actual = await call(shared(list).analyzeStack).then(
      () => assert.fail("no error"),
      (e: Error) => e,
    );
    // The SDK keeps the policy's stack trace in the message; the frames differ, the rest may not.
    const head = (e: Error) => e.message.split("\n").slice(0, 2);
    assert.deepEqual(head(actual), head(expected));
    assert.deepEqual(head(actual), [
      "Error validating resource with policy 'throws' from policy pack 'probe-pack@v1.2.3':",
      "Error: broken check",
    ]);
  });

  it("gives every stack policy of a request the same frozen resource list", async () => {
    const seen: PolicyResource[][] = [];
    const record = stackPolicy("records", (args) => void seen.push(args.resources));
    await call(shared([record, { ...record, name: "records-too" }]).analyzeStack);
    assert.equal(seen.length, 2);
    assert.equal(seen[0], seen[1]);
    assert.ok(
      Object.isFrozen(seen[0]) && seen[0].every((r) => Object.isFrozen(r) && Object.isFrozen(r.dependencies)),
    );
  });

  it("reads enforcement levels, policy config and stack tags from Configure and ConfigureStack", async () => {
    const forwarded: string[] = [];
    const list = [
      stackPolicy("configured", (args, report) => report(JSON.stringify(args.getConfig()))),
      stackPolicy("tagged", (args, report) => report(`scope ${args.stackTags.get("ai-scope")}`)),
      stackPolicy("switched-off", (_args, report) => report("never")),
    ];
    const handlers = shared(list, forwarded);
    const configure = new analyzerproto.ConfigureAnalyzerRequest();
    const policyConfig = (level: analyzerproto.EnforcementLevel, props: Record<string, unknown>) => {
      const c = new analyzerproto.PolicyConfig();
      c.setEnforcementlevel(level);
      c.setProperties(toStruct(props));
      return c;
    };
    configure
      .getPolicyconfigMap()
      .set("configured", policyConfig(analyzerproto.EnforcementLevel.MANDATORY, { limit: 3 }));
    configure
      .getPolicyconfigMap()
      .set("switched-off", policyConfig(analyzerproto.EnforcementLevel.DISABLED, {}));
    const stack = new analyzerproto.AnalyzerStackConfigureRequest();
    stack.getTagsMap().set("ai-scope", "4");
    await new Promise((resolve) => handlers.configure({ request: configure }, resolve));
    await new Promise((resolve) => handlers.configureStack({ request: stack }, resolve));

    const response = await call(handlers.analyzeStack);
    assert.deepEqual(forwarded, ["configure", "configureStack"]);
    assert.deepEqual(
      response.getDiagnosticsList().map((d) => [d.getPolicyname(), d.getEnforcementlevel(), d.getMessage()]),
      [
        ["configured", analyzerproto.EnforcementLevel.MANDATORY, 'configured holds.\n{"limit":3}'],
        ["tagged", analyzerproto.EnforcementLevel.ADVISORY, "tagged holds.\nscope 4"],
      ],
    );
  });

  it("keeps the last good config when Configure sends one the SDK cannot read", async () => {
    const list = [stackPolicy("configured", (args, report) => report(JSON.stringify(args.getConfig())))];
    const handlers = shared(list);
    const good = new analyzerproto.ConfigureAnalyzerRequest();
    const c = new analyzerproto.PolicyConfig();
    c.setEnforcementlevel(analyzerproto.EnforcementLevel.ADVISORY);
    c.setProperties(toStruct({ limit: 3 }));
    good.getPolicyconfigMap().set("configured", c);
    const bad = new analyzerproto.ConfigureAnalyzerRequest();
    bad.getPolicyconfigMap().set("configured", new analyzerproto.PolicyConfig()); // no properties
    await new Promise((resolve) => handlers.configure({ request: good }, resolve));
    await new Promise((resolve) => handlers.configure({ request: bad }, resolve));

    const response = await call(handlers.analyzeStack);
    assert.equal(response.getDiagnosticsList()[0].getMessage(), 'configured holds.\n{"limit":3}');
  });
});

describe("shared stack analysis in a pack the Pulumi CLI's way starts", () => {
  const probe = path.join(__dirname, "..", "..", "fixtures", "policypack", "shared-stack-probe");
  let pack: PolicyPackProcess;

  before(async () => {
    pack = await PolicyPackProcess.start(probe, {
      organization: "organization",
      project: "proj",
      stack: "dev",
      dryRun: true,
      config: {},
    });
  });
  after(() => pack?.close());

  it("replaces the handler the SDK's serve registers, and reads what Configure and ConfigureStack send", async () => {
    const stack = new analyzerproto.AnalyzerStackConfigureRequest();
    stack.setStack("dev");
    stack.setProject("proj");
    stack.setOrganization("organization");
    stack.getTagsMap().set("ai-scope", "3");
    await pack.configureStack(stack);
    const configure = new analyzerproto.ConfigureAnalyzerRequest();
    const c = new analyzerproto.PolicyConfig();
    c.setEnforcementlevel(analyzerproto.EnforcementLevel.MANDATORY);
    c.setProperties(toStruct({ limit: 3 }));
    configure.getPolicyconfigMap().set("configured", c);
    await pack.configure(configure);

    const response = await pack.analyzeStack(request());
    assert.deepEqual(
      response.getDiagnosticsList().map((d) => [d.getPolicyname(), d.getEnforcementlevel(), d.getMessage()]),
      [
        [
          "second",
          analyzerproto.EnforcementLevel.ADVISORY,
          "Says whether it was given the same list.\nshared",
        ],
        [
          "configured",
          analyzerproto.EnforcementLevel.MANDATORY,
          'Reports its config and the stack\'s tags.\n{"config":{"limit":3},"tags":[["ai-scope","3"]]}',
        ],
      ],
    );
  });
});
