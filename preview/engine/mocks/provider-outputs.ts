/**
 * Known outputs for resources of providers other than AWS in update mode: after `pulumi up`
 * every output the provider computes is known, so a program's `.apply(s => s.trim())` on a
 * `tls.PrivateKey.privateKeyPem` or a `command.local.Command.stdout` must see a value.
 *
 * 1. Common types get realistic values (RULES: tls keys, random values, command output,
 *    docker image references, eks kubeconfig).
 * 2. Any other output the package declares (`readonly x: pulumi.Output<T>` in its installed
 *    `.d.ts`, read from the program's node_modules) gets a plausible value of its declared type:
 *    a string, a number, a boolean, a list or an object.
 * Values the program set as inputs are kept.
 */
import * as fs from "fs";
import * as path from "path";
import { hexFrom, uuidFrom } from "./ids";
import { EksType } from "../../../policypack/vocabulary";

/** What an output rule sees. */
interface Ctx {
  readonly name: string;
  readonly seed: string;
  readonly inputs: Record<string, unknown>;
}

const PEM = (label: string, seed: string): string => {
  const body = Buffer.from(hexFrom(seed, 256), "hex").toString("base64");
  const lines = body.match(/.{1,64}/g) ?? [];
  return `-----BEGIN ${label}-----\n${lines.join("\n")}\n-----END ${label}-----\n`;
};
const b64 = (seed: string, bytes: number) => Buffer.from(hexFrom(seed, bytes * 2), "hex").toString("base64");
const ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
const randomText = (seed: string, length: number): string =>
  Array.from({ length }, (_, i) => ALNUM[parseInt(hexFrom(`${seed}/${i}`, 2), 16) % ALNUM.length]).join("");
const len = (v: unknown, d: number): number => (typeof v === "number" && v > 0 && v < 4096 ? v : d);

const tlsKey = (c: Ctx) => {
  const algorithm = String(c.inputs.algorithm ?? "RSA");
  const pub = `${algorithm === "ED25519" ? "ssh-ed25519" : "ssh-rsa"} ${b64(`${c.seed}/ssh`, 64)}\n`;
  return {
    privateKeyPem: PEM(algorithm === "RSA" ? "RSA PRIVATE KEY" : "PRIVATE KEY", `${c.seed}/private`),
    privateKeyPemPkcs8: PEM("PRIVATE KEY", `${c.seed}/pkcs8`),
    privateKeyOpenssh: PEM("OPENSSH PRIVATE KEY", `${c.seed}/openssh`),
    publicKeyPem: PEM("PUBLIC KEY", `${c.seed}/public`),
    publicKeyOpenssh: pub,
    publicKeyFingerprintMd5: (hexFrom(`${c.seed}/md5`, 32).match(/../g) ?? []).join(":"),
    publicKeyFingerprintSha256: `SHA256:${b64(`${c.seed}/sha`, 32).replace(/=+$/, "")}`,
  };
};

/** Realistic values by type token. */
const RULES: Record<string, (c: Ctx) => Record<string, unknown>> = {
  "tls:index/privateKey:PrivateKey": tlsKey,
  "tls:index/selfSignedCert:SelfSignedCert": (c) => ({
    certPem: PEM("CERTIFICATE", `${c.seed}/cert`),
    validityStartTime: "2026-01-01T00:00:00Z",
    validityEndTime: "2027-01-01T00:00:00Z",
    readyForRenewal: false,
  }),
  "tls:index/certRequest:CertRequest": (c) => ({ certRequestPem: PEM("CERTIFICATE REQUEST", c.seed) }),
  "random:index/randomPassword:RandomPassword": (c) => ({
    result: randomText(c.seed, len(c.inputs.length, 16)),
    bcryptHash: `$2a$10$${randomText(`${c.seed}/bcrypt`, 53)}`,
  }),
  "random:index/randomString:RandomString": (c) => ({ result: randomText(c.seed, len(c.inputs.length, 16)) }),
  "random:index/randomUuid:RandomUuid": (c) => ({ result: uuidFrom(c.seed) }),
  "random:index/randomId:RandomId": (c) => {
    const hex = hexFrom(c.seed, len(c.inputs.byteLength, 8) * 2);
    const buf = Buffer.from(hex, "hex");
    return {
      hex: `${c.inputs.prefix ?? ""}${hex}`,
      b64Std: `${c.inputs.prefix ?? ""}${buf.toString("base64")}`,
      b64Url: `${c.inputs.prefix ?? ""}${buf.toString("base64url")}`,
      dec: `${c.inputs.prefix ?? ""}${BigInt(`0x${hex}`).toString()}`,
    };
  },
  "random:index/randomPet:RandomPet": (c) => {
    const words = ["brave", "calm", "eager", "gentle", "lucky", "otter", "heron", "falcon", "lynx"];
    const n = len(c.inputs.length, 2);
    const parts = Array.from(
      { length: n },
      (_, i) => words[parseInt(hexFrom(`${c.seed}/${i}`, 2), 16) % words.length],
    );
    const sep = typeof c.inputs.separator === "string" ? c.inputs.separator : "-";
    return { id: [...(c.inputs.prefix ? [c.inputs.prefix] : []), ...parts].join(sep) };
  },
  "random:index/randomInteger:RandomInteger": (c) => {
    const min = Number(c.inputs.min ?? 0);
    const max = Number(c.inputs.max ?? min + 100);
    return { result: min + (parseInt(hexFrom(c.seed, 8), 16) % Math.max(1, max - min + 1)) };
  },
  "command:local:Command": () => ({ stdout: "", stderr: "" }),
  "command:remote:Command": () => ({ stdout: "", stderr: "" }),
  "docker-build:index:Image": (c) => {
    const digest = `sha256:${hexFrom(c.seed, 64)}`;
    const tag =
      Array.isArray(c.inputs.tags) && typeof c.inputs.tags[0] === "string" ? c.inputs.tags[0] : c.name;
    return { digest, ref: `${tag.replace(/:[^/:]*$/, "")}@${digest}` };
  },
  "docker:index/image:Image": (c) => {
    const digest = `sha256:${hexFrom(c.seed, 64)}`;
    const image = String(c.inputs.imageName ?? c.name);
    return {
      imageName: image,
      repoDigest: `${image.replace(/:[^/:]*$/, "")}@${digest}`,
      baseImageName: image,
    };
  },
  [EksType.Cluster]: (c) => {
    const endpoint = `https://${hexFrom(c.seed, 32).toUpperCase()}.gr7.us-east-1.eks.amazonaws.com`;
    const kubeconfig = {
      apiVersion: "v1",
      kind: "Config",
      clusters: [
        { name: "kubernetes", cluster: { server: endpoint, "certificate-authority-data": b64(c.seed, 64) } },
      ],
      contexts: [{ name: "aws", context: { cluster: "kubernetes", user: "aws" } }],
      "current-context": "aws",
      users: [
        {
          name: "aws",
          user: {
            exec: {
              apiVersion: "client.authentication.k8s.io/v1beta1",
              command: "aws",
              args: ["eks", "get-token", "--cluster-name", c.name],
            },
          },
        },
      ],
    };
    return {
      kubeconfig,
      kubeconfigJson: JSON.stringify(kubeconfig),
      clusterSecurityGroupId: `sg-0${hexFrom(c.seed, 16)}`,
    };
  },
};

/** A plausible value for an output of declared TypeScript type `t`, or undefined when unsure. */
function valueOfType(t: string, c: Ctx, prop: string): unknown {
  const type = t.trim();
  if (/^"[^"]*"$/.test(type)) return type.slice(1, -1);
  if (type === "string") {
    if (/arn$/i.test(prop)) return `arn:aws:${c.name}:us-east-1:123456789012:${prop}/${hexFrom(c.seed, 8)}`;
    if (/(url|endpoint)$/i.test(prop))
      return `https://${c.name}.${hexFrom(`${c.seed}/${prop}`, 8)}.example.com`;
    return `${c.name}-${prop}-${hexFrom(`${c.seed}/${prop}`, 7)}`;
  }
  if (type === "number") return 1;
  if (type === "boolean") return false;
  if (/\[\]$/.test(type) || /^(Array|ReadonlyArray)</.test(type)) return [];
  if (/^(\{|Record<|outputs\.|any$|\{\s*\[)/.test(type)) return {};
  return undefined;
}

const shapes = new Map<string, Map<string, string> | undefined>();

/** `readonly prop: pulumi.Output<T>` of class `cls` in a declaration file, as prop -> T. */
export function declaredOutputs(text: string, cls: string): Map<string, string> {
  const out = new Map<string, string>();
  const start = text.indexOf(`export declare class ${cls} extends`);
  if (start < 0) return out;
  const end = text.indexOf("\n}", start);
  const body = text.slice(start, end < 0 ? undefined : end).replace(/\/\*\*[\s\S]*?\*\//g, "");
  for (const m of body.matchAll(/\n\s+readonly (\w+)\??: pulumi\.Output<([\s\S]*?)>;(?=\n|$)/g)) {
    if (!m[1].startsWith("__")) out.set(m[1], m[2].replace(/\s*\|\s*undefined$/, ""));
  }
  return out;
}

/** The declared outputs of a resource type from `@pulumi/<pkg>` as installed where the program runs. */
function outputsOf(type: string, fromDirs: readonly string[]): Map<string, string> | undefined {
  const key = `${fromDirs.join("|")}|${type}`;
  if (shapes.has(key)) return shapes.get(key);
  let found: Map<string, string> | undefined;
  const m = /^([\w-]+):([\w/.-]+?)(?:\/(\w+))?:(\w+)$/.exec(type);
  if (m) {
    const [, pkg, mod, file, cls] = m;
    const fileName = file ?? cls[0].toLowerCase() + cls.slice(1);
    for (const dir of fromDirs) {
      try {
        const root = path.dirname(require.resolve(`@pulumi/${pkg}/package.json`, { paths: [dir] }));
        const f = path.join(root, mod === "index" ? "" : mod, `${fileName}.d.ts`);
        found = declaredOutputs(fs.readFileSync(f, "utf8"), cls);
        break;
      } catch {
        // not installed there, or no such declaration
      }
    }
  }
  shapes.set(key, found);
  return found;
}

/**
 * Outputs a provider would report after create for `type`, to merge under the inputs: the
 * realistic rule's values, then a plausible value for every other declared output.
 */
export function providerOutputs(type: string, c: Ctx, fromDirs: readonly string[]): Record<string, unknown> {
  const out: Record<string, unknown> = { ...(RULES[type]?.(c) ?? {}) };
  for (const [prop, t] of outputsOf(type, fromDirs) ?? []) {
    if (out[prop] !== undefined || c.inputs[prop] !== undefined) continue;
    const v = valueOfType(t, c, prop);
    if (v !== undefined) out[prop] = v;
  }
  return out;
}
