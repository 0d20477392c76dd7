import { strict as assert } from "assert";
import * as fs from "fs";
import * as path from "path";
import * as ts from "typescript";
import {
  AwsFunction,
  AwsType,
  AwsxType,
  awsModulePrefix,
  EksType,
  isProviderType,
  KubernetesType,
  providerType,
  PulumiType,
} from "../../../policypack/vocabulary";

/* eslint-disable @typescript-eslint/no-require-imports */
const aws = require("@pulumi/aws");
const k8s = require("@pulumi/kubernetes");
const eks = require("@pulumi/eks");
const awsx = require("@pulumi/awsx");
const pulumi = require("@pulumi/pulumi");
/* eslint-enable @typescript-eslint/no-require-imports */

/** The `__pulumiType` of a class the SDK exports, or `undefined` when it exports none there. */
function sdkType(sdk: Record<string, unknown>, ...names: string[]): unknown {
  let value: unknown = sdk;
  for (const name of names) {
    value = (value as Record<string, unknown> | undefined)?.[name];
  }
  return (value as { __pulumiType?: unknown } | undefined)?.__pulumiType;
}

/** Entries of a registry as [path, token], `ec2.Instance` for `AwsType.ec2.Instance`. */
function entries(registry: object, prefix: string[] = []): [string[], string][] {
  return Object.entries(registry).flatMap(([key, value]) =>
    typeof value === "string"
      ? [[[...prefix, key], value] as [string[], string]]
      : entries(value, [...prefix, key]),
  );
}

/**
 * Kubernetes types of custom resources (Karpenter's NodePool and EC2NodeClass): `@pulumi/kubernetes`
 * has no class for a CRD, a program registers them through `apiextensions.CustomResource` with the
 * apiVersion and kind it gives, so no SDK holds the token. They are checked for shape instead.
 */
const CRD_GROUPS = ["karpenter.sh", "karpenter.k8s.aws"];

/** The SDK path of a built-in Kubernetes token: `kubernetes:apps/v1:Deployment` -> apps.v1.Deployment. */
function kubernetesPath(token: string): string[] {
  const [, apiVersion, kind] = token.split(":");
  const [group, version] = apiVersion.split("/");
  return [group === "helm.sh" ? "helm" : group, version, kind];
}

describe("resource type registry", () => {
  it("spells every AwsType entry as @pulumi/aws's class does", () => {
    const wrong = entries(AwsType)
      .filter(([names, token]) => sdkType(aws, ...names) !== token)
      .map(([names, token]) => `${names.join(".")}: ${token} (SDK: ${String(sdkType(aws, ...names))})`);
    assert.deepEqual(wrong, []);
  });

  it("spells every AwsFunction entry as the @pulumi/aws function invokes it", () => {
    const wrong = entries(AwsFunction)
      .filter(([[module, name], token]) => {
        const fn = (module === "index" ? aws : aws[module])?.[name];
        return typeof fn !== "function" || !fn.toString().includes(JSON.stringify(token));
      })
      .map(([names, token]) => `${names.join(".")}: ${token}`);
    assert.deepEqual(wrong, []);
  });

  it("spells every built-in KubernetesType entry as @pulumi/kubernetes's class does", () => {
    const builtIn = entries(KubernetesType).filter(
      ([, token]) => !CRD_GROUPS.some((g) => token.startsWith(`kubernetes:${g}/`)),
    );
    assert.ok(builtIn.length >= 10);
    const wrong = builtIn
      .filter(([, token]) => sdkType(k8s, ...kubernetesPath(token)) !== token)
      .map(([names, token]) => `${names.join(".")}: ${token}`);
    assert.deepEqual(wrong, []);
  });

  it("spells the Karpenter custom resources as kubernetes:<group>/<version>:<kind>, which no SDK class holds", () => {
    const crds = entries(KubernetesType).filter(([, token]) =>
      CRD_GROUPS.some((g) => token.startsWith(`kubernetes:${g}/`)),
    );
    assert.deepEqual(
      crds.map(([names]) => names.join(".")),
      ["Ec2NodeClass", "Ec2NodeClassV1beta1", "NodePool", "NodePoolV1beta1"],
    );
    for (const [, token] of crds) {
      assert.match(token, /^kubernetes:karpenter\.(sh|k8s\.aws)\/v1(beta1)?:(NodePool|EC2NodeClass)$/);
      assert.equal(sdkType(k8s, ...kubernetesPath(token)), undefined, token);
    }
  });

  it("spells every EksType and AwsxType entry as @pulumi/eks and @pulumi/awsx do", () => {
    const wrong = [
      ...entries(EksType).filter(([names, token]) => sdkType(eks, ...names) !== token),
      ...entries(AwsxType).filter(([names, token]) => sdkType(awsx.ec2, ...names) !== token),
    ].map(([names, token]) => `${names.join(".")}: ${token}`);
    assert.deepEqual(wrong, []);
  });

  it("spells the stack and the AWS provider as the Pulumi runtime does", () => {
    assert.equal(PulumiType.Stack, pulumi.runtime.rootPulumiStackTypeName);
    assert.equal(PulumiType.AwsProvider, providerType(aws.Provider.__pulumiType));
    assert.equal(isProviderType(PulumiType.AwsProvider), true);
    assert.equal(isProviderType(AwsType.kms.Key), false);
  });

  it("gives each token one spelling", () => {
    const tokens = [AwsType, AwsFunction, KubernetesType, EksType, AwsxType, PulumiType].flatMap((r) =>
      entries(r).map(([, token]) => token),
    );
    assert.equal(new Set(tokens).size, tokens.length);
  });

  it("names a module's prefix as its tokens begin", () => {
    assert.equal(AwsType.sagemaker.Model.startsWith(awsModulePrefix("sagemaker")), true);
    assert.equal(
      AwsType.bedrockmodel.InvocationLoggingConfiguration.startsWith(awsModulePrefix("bedrock")),
      false,
    );
  });
});

const ROOT = path.resolve(__dirname, "..", "..", "..");
const REGISTRY = path.join(ROOT, "policypack", "vocabulary", "resource-types.ts");

/** `aws:s3/bucket:Bucket`, `aws:kms/getAlias:getAlias`, `eks:index:Cluster`, `pulumi:providers:aws`. */
const TOKEN =
  /^(?:(?:aws|kubernetes|eks|awsx):[\w./-]+:(?:[A-Z]\w*|get[A-Z]\w*)|pulumi:(?:pulumi|providers):\w+)$/;
/**
 * A template that builds a token around a substitution: `pulumi:providers:${pkg}`, `aws:s3/${x}:...`.
 * Module names are lower-case, which tells them from IAM condition keys (`aws:RequestTag/${key}`).
 */
const TOKEN_TEMPLATE = /^(?:(?:aws|kubernetes|eks|awsx):[a-z][\w./-]*[:/]|pulumi:(?:pulumi|providers):)/;

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      return entry.name === "node_modules" || entry.name === "dist" ? [] : sourceFiles(full);
    }
    return entry.name.endsWith(".ts") && !entry.name.endsWith(".d.ts") ? [full] : [];
  });
}

/** String literals (not comments) in `file` that spell a type token, as `file:line token`. */
function tokenLiterals(file: string): string[] {
  const source = ts.createSourceFile(file, fs.readFileSync(file, "utf8"), ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    const text =
      ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)
        ? node.text
        : ts.isTemplateExpression(node) && TOKEN_TEMPLATE.test(node.head.text)
          ? `${node.head.text}\${...}`
          : undefined;
    if (text !== undefined && (TOKEN.test(text) || text.endsWith("${...}"))) {
      const line = source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;
      found.push(`${path.relative(ROOT, file)}:${line} ${text}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe("type tokens in the source", () => {
  it("are written only in the registry: the pack, the components and the preview refer to it", () => {
    const files = ["policypack", "components", "preview"]
      .flatMap((dir) => sourceFiles(path.join(ROOT, dir)))
      .filter((file) => file !== REGISTRY);
    assert.ok(files.length > 100);
    assert.deepEqual(files.flatMap(tokenLiterals), []);
  });
});
