import * as assert from "node:assert/strict";
import { spawn, type ChildProcess } from "node:child_process";
import * as path from "node:path";
import * as grpc from "@grpc/grpc-js";
import { getPulumiComponents } from "@pulumi/pulumi/provider/experimental";
import * as providerproto from "@pulumi/pulumi/proto/provider_pb";
import * as fs from "node:fs";
import * as yaml from "js-yaml";
import * as ts from "typescript";
import * as barrel from "../../../components";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const providerrpc = require("@pulumi/pulumi/proto/provider_grpc_pb");

const COMPONENTS_DIR = path.resolve(__dirname, "..", "..", "..", "components");
const PROVIDER_DIR = path.join(COMPONENTS_DIR, "provider");

/** The public components: the component classes the package's barrel exports. */
const PUBLIC = getPulumiComponents(barrel)
  .map((c) => c.name)
  .sort();

interface Member {
  readonly name: string;
  readonly doc: string;
}

/**
 * Each provided component's arguments and output fields with their JSDoc, read from the source with
 * the TypeScript compiler: what the schema must list, found independently of the provider.
 */
function declaredMembers(): Map<string, { inputs: Member[]; outputs: Member[] }> {
  const index = path.join(COMPONENTS_DIR, "index.ts");
  const program = ts.createProgram([index], {
    strict: true,
    skipLibCheck: true,
    noEmit: true,
    types: ["node"],
  });
  const checker = program.getTypeChecker();
  const doc = (symbol: ts.Symbol) => ts.displayPartsToString(symbol.getDocumentationComment(checker));
  const result = new Map<string, { inputs: Member[]; outputs: Member[] }>();
  const moduleSymbol = checker.getSymbolAtLocation(program.getSourceFile(index)!)!;
  for (const exported of checker.getExportsOfModule(moduleSymbol)) {
    const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
    if (!PUBLIC.includes(symbol.name) || !(symbol.flags & ts.SymbolFlags.Class)) {
      continue;
    }
    const decl = symbol.valueDeclaration as ts.ClassDeclaration;
    const ctor = decl.members.find(ts.isConstructorDeclaration)!;
    const argsParam = ctor.parameters.find((p) => p.name.getText() === "args")!;
    const inputs = checker
      .getTypeAtLocation(argsParam.type!)
      .getProperties()
      .map((p) => ({ name: p.name, doc: doc(p) }));
    const outputs: Member[] = [];
    symbol.members!.forEach((member) => {
      if (member.flags & ts.SymbolFlags.Property) {
        outputs.push({ name: member.name, doc: doc(member) });
      }
    });
    result.set(symbol.name, { inputs, outputs });
  }
  return result;
}

/**
 * The component package as `pulumi package add` uses it: the provider launched as the nodejs
 * language host launches a plugin (`node @pulumi/pulumi/cmd/run-plugin <plugin dir>`, which
 * type-checks the TypeScript source with ts-node and prints the port), asked for its schema over
 * the ResourceProvider gRPC protocol.
 */
/** A property of the package schema. */
interface SchemaProperty {
  readonly description?: string;
  readonly $ref?: string;
  readonly items?: SchemaProperty;
}

/** The parts of the Pulumi package schema these tests read. */
interface PackageSchema {
  readonly name: string;
  readonly version: string;
  readonly resources: Record<
    string,
    {
      readonly isComponent?: boolean;
      readonly description?: string;
      readonly inputProperties?: Record<string, SchemaProperty>;
      readonly properties?: Record<string, SchemaProperty>;
      readonly requiredInputs?: string[];
    }
  >;
  readonly types: Record<
    string,
    {
      readonly enum?: { readonly name: string; readonly value: string | number }[];
      readonly properties?: Record<string, SchemaProperty>;
      readonly required?: string[];
    }
  >;
}

describe("component provider: the schema other languages are generated from", function () {
  this.timeout(600_000);
  let child: ChildProcess | undefined;
  let schema: PackageSchema;

  before(async () => {
    const runPlugin = path.join(
      path.dirname(require.resolve("@pulumi/pulumi/package.json", { paths: [PROVIDER_DIR] })),
      "cmd",
      "run-plugin",
    );
    const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith("TS_NODE_")));
    child = spawn(process.execPath, [runPlugin, PROVIDER_DIR], {
      cwd: PROVIDER_DIR,
      env,
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stderr = "";
    child.stderr!.on("data", (d) => (stderr += d));
    const port = await new Promise<number>((resolve, reject) => {
      let out = "";
      child!.stdout!.on("data", (d) => {
        out += d;
        const m = /^(\d+)\r?$/m.exec(out);
        if (m) resolve(Number(m[1]));
      });
      child!.on("exit", (code) =>
        reject(new Error(`provider exited (code ${code}) before serving:\n${stderr}${out}`)),
      );
    });
    const client = new providerrpc.ResourceProviderClient(
      `127.0.0.1:${port}`,
      grpc.credentials.createInsecure(),
    );
    const response = await new Promise<providerproto.GetSchemaResponse>((resolve, reject) =>
      client.getSchema(
        new providerproto.GetSchemaRequest(),
        (err: Error | null, res: providerproto.GetSchemaResponse) => (err ? reject(err) : resolve(res)),
      ),
    );
    client.close();
    schema = JSON.parse(response.getSchema());
  });

  after(() => {
    child?.kill();
  });

  it("is the scopeguard package, at the version of its package.json", () => {
    assert.equal(schema.name, "scopeguard");
    assert.equal(
      schema.version,
      JSON.parse(fs.readFileSync(path.join(PROVIDER_DIR, "package.json"), "utf8")).version,
    );
  });

  it("lists every public component, with each argument and output and its documentation", () => {
    const resources = schema.resources;
    assert.deepEqual(
      Object.keys(resources).sort(),
      PUBLIC.map((name) => `scopeguard:index:${name}`),
    );
    const declared = declaredMembers();
    assert.deepEqual([...declared.keys()].sort(), PUBLIC);
    for (const [name, { inputs, outputs }] of declared) {
      const resource = resources[`scopeguard:index:${name}`];
      assert.equal(resource.isComponent, true, name);
      assert.ok(resource.description, `${name} has no description`);
      const described = (props: Record<string, { description?: string }>) =>
        Object.fromEntries(Object.entries(props).map(([k, v]) => [k, v.description]));
      assert.deepEqual(
        described(resource.inputProperties ?? {}),
        Object.fromEntries(inputs.map((m) => [m.name, m.doc])),
        `${name} inputs`,
      );
      assert.deepEqual(
        described(resource.properties ?? {}),
        Object.fromEntries(outputs.map((m) => [m.name, m.doc])),
        `${name} outputs`,
      );
      for (const member of [...inputs, ...outputs]) {
        assert.ok(member.doc.length > 0, `${name}.${member.name} has no documentation`);
      }
    }
  });

  it("publishes the scopes and data classes as enums", () => {
    assert.deepEqual(
      schema.types["scopeguard:index:Scope"].enum?.map((e) => e.value),
      [1, 2, 3, 4, 5],
    );
    assert.deepEqual(
      schema.types["scopeguard:index:DataClass"].enum?.map((e) => `${e.name}=${e.value}`),
      [
        "TrainingData=training-data",
        "ModelArtifacts=model-artifacts",
        "PromptLogs=prompt-logs",
        "AuditLogs=audit-logs",
        "KnowledgeBase=knowledge-base",
      ],
    );
    assert.equal(
      schema.resources["scopeguard:index:ScopedKey"].inputProperties?.scope.$ref,
      "#/types/scopeguard:index:Scope",
    );
  });

  it("describes InferenceApi's authorizer as one object whose type is an enum, IAM or Cognito", () => {
    const api = schema.resources["scopeguard:index:InferenceApi"];
    assert.equal(api.inputProperties?.authorizer.$ref, "#/types/scopeguard:index:InferenceApiAuthorizer");
    assert.deepEqual(api.requiredInputs, ["handlerFunctionArn"]);
    const authorizer = schema.types["scopeguard:index:InferenceApiAuthorizer"];
    assert.deepEqual(Object.keys(authorizer.properties ?? {}).sort(), [
      "authorizationScopes",
      "type",
      "userPoolArns",
    ]);
    assert.deepEqual(authorizer.required, ["type"]);
    assert.equal(authorizer.properties?.type.$ref, "#/types/scopeguard:index:AuthorizerType");
    assert.deepEqual(
      schema.types["scopeguard:index:AuthorizerType"].enum?.map((e) => `${e.name}=${e.value}`),
      ["AwsIam=AWS_IAM", "CognitoUserPools=COGNITO_USER_POOLS"],
    );
    assert.deepEqual(
      schema.types["scopeguard:index:WafEvaluationWindow"].enum?.map((e) => e.value),
      [60, 120, 300, 600],
    );
  });

  it("describes statements added to key and bucket policies as typed objects whose effect is an enum", () => {
    const key = schema.resources["scopeguard:index:ScopedKey"].inputProperties?.additionalKeyPolicyStatements;
    assert.equal(key?.items?.$ref, "#/types/scopeguard:index:ResourcePolicyStatementArgs");
    const bucket =
      schema.resources["scopeguard:index:AiDataBucket"].inputProperties?.additionalBucketPolicyStatements;
    assert.equal(bucket?.items?.$ref, "#/types/scopeguard:index:BucketPolicyStatementArgs");
    const statement = schema.types["scopeguard:index:BucketPolicyStatementArgs"];
    assert.deepEqual(Object.keys(statement.properties ?? {}).sort(), [
      "actions",
      "awsPrincipals",
      "conditions",
      "effect",
      "objectKeys",
      "servicePrincipals",
      "sid",
    ]);
    assert.deepEqual([...(statement.required ?? [])].sort(), ["actions", "effect", "sid"]);
    assert.equal(statement.properties?.effect.$ref, "#/types/scopeguard:index:PolicyEffect");
    assert.deepEqual(
      schema.types["scopeguard:index:PolicyEffect"].enum?.map((e) => e.value),
      ["Allow", "Deny"],
    );
  });

  it("offers every resource and property the YAML example program uses, and the required ones are set", () => {
    const file = path.join(COMPONENTS_DIR, "..", "examples", "yaml-program", "Pulumi.yaml");
    const program = yaml.load(fs.readFileSync(file, "utf8")) as {
      packages: Record<string, string>;
      resources: Record<string, { type: string; properties: Record<string, unknown> }>;
    };
    assert.equal(path.resolve(path.dirname(file), program.packages.scopeguard), PROVIDER_DIR);
    for (const [name, { type, properties }] of Object.entries(program.resources)) {
      const resource = schema.resources[type];
      assert.ok(resource, `${name}: ${type} is not in the schema`);
      for (const key of Object.keys(properties)) {
        assert.ok(key in (resource.inputProperties ?? {}), `${name}: ${type} has no input ${key}`);
      }
      for (const key of resource.requiredInputs ?? []) {
        assert.ok(key in properties, `${name}: required input ${key} is not set`);
      }
    }
  });
});
