import { Secret } from "@pulumi/policy";
import { isRecord } from "./values";
import { tryRead } from "./unknowns";

/**
 * What a secret written in clear text looks like, in one place: AI provider API keys, AWS and
 * GitHub credentials, private keys, signed tokens, passwords under a name that says so, and the
 * well-known placeholder defaults (`CHANGEME`) that end up deployed. Each pattern is a documented or
 * long-stable format; providers whose keys have no prefix (Cohere, Mistral) are recognised by the
 * name of the variable that holds them. Every pattern is linear: character classes with bounds, no
 * nested quantifiers, so a policy cannot be stalled by a crafted value.
 *
 * Findings carry a masked value only: a message must never repeat a secret.
 */

/** A recognised key format. */
export interface KeyPattern {
  /** What the key is, for messages: "an Anthropic API key". */
  readonly kind: string;
  readonly pattern: RegExp;
}

/** Known key formats, most specific first (an Anthropic key also starts with `sk-`). */
export const KEY_PATTERNS: readonly KeyPattern[] = [
  { kind: "an Anthropic API key", pattern: /\bsk-ant-(?:api|admin)\d{2}-[A-Za-z0-9_-]{20,}/ },
  { kind: "an Anthropic API key", pattern: /\bsk-ant-[A-Za-z0-9_-]{20,}/ },
  { kind: "an OpenAI API key", pattern: /\bsk-(?:proj|svcacct|admin)-[A-Za-z0-9_-]{20,}/ },
  { kind: "an OpenAI-style API key", pattern: /\bsk-[A-Za-z0-9]{20,}/ },
  { kind: "an AWS access key id", pattern: /\b(?:AKIA|ASIA)[A-Z0-9]{16}\b/ },
  { kind: "a Hugging Face token", pattern: /\bhf_[A-Za-z0-9]{30,}/ },
  { kind: "a Google API key", pattern: /\bAIza[0-9A-Za-z_-]{35}/ },
  { kind: "a Groq API key", pattern: /\bgsk_[A-Za-z0-9]{40,}/ },
  { kind: "a Replicate API token", pattern: /\br8_[A-Za-z0-9]{30,}/ },
  { kind: "an xAI API key", pattern: /\bxai-[A-Za-z0-9]{40,}/ },
  { kind: "a Perplexity API key", pattern: /\bpplx-[A-Za-z0-9]{40,}/ },
  { kind: "a GitHub token", pattern: /\b(?:ghp|gho|ghu|ghs|ghr)_[A-Za-z0-9]{36,}/ },
  { kind: "a GitHub token", pattern: /\bgithub_pat_[A-Za-z0-9_]{50,}/ },
  { kind: "a private key", pattern: /-----BEGIN (?:[A-Z0-9]{1,20} ){0,2}PRIVATE KEY(?: BLOCK)?-----/ },
  {
    kind: "a signed token (JWT)",
    pattern: /\beyJ[A-Za-z0-9_-]{10,}\.eyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{16,}/,
  },
];

/**
 * Names that say "this holds a key" (`OPENAI_API_KEY`, `HF_TOKEN`, `AWS_SECRET_ACCESS_KEY`,
 * `/prod/cohere/api-key`), tested on the name upper-cased with every run of other characters
 * turned into `_`. Anchored at the end so `API_KEY_SECRET_ARN` or `MAX_TOKENS` do not match.
 */
export const KEY_NAME =
  /(?:^|_)(?:API_?KEY|APIKEY|ACCESS_?TOKEN|AUTH_?TOKEN|TOKEN|SECRET_?ACCESS_?KEY|SECRET_?KEY|PRIVATE_?KEY)$/;

/** Names that say "this holds a password or a shared secret" (`DB_PASSWORD`, `CLIENT_SECRET`). */
export const PASSWORD_NAME = /(?:^|_)(?:PASSWORD|PASSWD|PASSPHRASE|PWD|SECRET)$/;

/** Shortest literal password reported under a password name: shorter values are not credentials anyone uses. */
export const MIN_PASSWORD_LENGTH = 8;

/**
 * Defaults that a template ships and a deployment forgets to replace: `CHANGEME`, `replace-me`,
 * `<your-api-key>`, `xxxx`, `password`. Judged only under a secret name and on short values, so
 * the alternation cannot backtrack far.
 */
const PLACEHOLDER =
  /^(?:change[-_ ]?(?:me|it)\d*|replace[-_ ]?me|your[-_a-z]{0,30}|x{4,}|\*{4,}|todo|tbd|placeholder|passw(?:o|0)rd\d*|admin\d*|secret\d*|default|test\d*|<[^<>]{0,60}>)$/i;

/** Longest value tested against {@link PLACEHOLDER}. */
const MAX_PLACEHOLDER_LENGTH = 64;

/** True for a well-known placeholder default (`CHANGEME`, `<your-token>`). */
export function isPlaceholder(value: string): boolean {
  const trimmed = value.trim();
  return trimmed.length <= MAX_PLACEHOLDER_LENGTH && PLACEHOLDER.test(trimmed);
}

/** The wire form of a Pulumi secret: `{ "4dabf18193072939515e22adb298388d": "1b47061264138c4ac30d75fd1eb44270", value }`. */
const SECRET_SIG_KEY = "4dabf18193072939515e22adb298388d";
const SECRET_SIG = "1b47061264138c4ac30d75fd1eb44270";

/**
 * True for a value Pulumi marks secret, as the SDK can present it: a `Secret` wrapper (remediation
 * props) or the wire form. Such a value is encrypted in the state and masked in output, so it is
 * not plaintext. Analyze and AnalyzeStack receive secrets already unwrapped (the SDK deserializes
 * them to plain values there), so a check cannot tell `pulumi.secret(token)` from a literal and
 * judges the value itself: a provider token in a Kubernetes Secret or a Helm value is flagged
 * either way, and the fix is to keep the token in Secrets Manager.
 */
export function isPulumiSecret(value: unknown): boolean {
  return value instanceof Secret || (isRecord(value) && value[SECRET_SIG_KEY] === SECRET_SIG);
}

/** Names of AI providers, tested on a lower-cased name with other characters turned into `_`. */
export const AI_PROVIDER_NAME =
  /(?:^|_)(?:openai|azure_?openai|anthropic|claude|cohere|mistral|groq|huggingface|hugging_?face|hf|gemini|google_?ai|vertex_?ai|perplexity|pplx|xai|grok|replicate|together_?ai|deepseek|fireworks|voyage_?ai)(?:$|_)/;

/** True when a name (of a secret, a parameter, a variable) names an AI provider. */
export function namesAiProvider(name: string): boolean {
  return AI_PROVIDER_NAME.test(name.toLowerCase().replace(/[^a-z0-9]+/g, "_"));
}

/** Shortest value a name-only match reports: real API keys are longer, shorter values are placeholders. */
export const MIN_NAMED_KEY_LENGTH = 16;

/** Normalises a variable, parameter or value name for {@link KEY_NAME}: `hfToken` and `hf-token` become `HF_TOKEN`. */
export function normalizeName(name: string): string {
  return name
    .replace(/([a-z0-9])([A-Z])/g, "$1_$2")
    .replace(/[^A-Za-z0-9]+/g, "_")
    .replace(/^_|_$/g, "")
    .toUpperCase();
}

/**
 * True for a value that points at a secret instead of being one: an ARN, a dynamic reference, a
 * parameter path, a shell or template substitution, a URL.
 */
export function isReference(value: string): boolean {
  return /^(?:arn:|\{\{resolve:|\$|%|\/|https?:\/\/|secretsmanager:|ssm:)/i.test(value.trim());
}

/** The value with everything but its first four characters hidden (all of it when short). */
export function mask(value: string): string {
  return value.length >= 12 ? `${value.slice(0, 4)}****` : "****";
}

/** A key found in a value. */
export interface KeyFinding {
  readonly kind: string;
  /** The masked key, safe to print. */
  readonly masked: string;
}

/** The first known key format found anywhere in `text`. */
export function findKeyPattern(text: string): KeyFinding | undefined {
  for (const { kind, pattern } of KEY_PATTERNS) {
    const match = pattern.exec(text);
    if (match) {
      return { kind, masked: mask(match[0]) };
    }
  }
  return undefined;
}

/** An AWS secret access key: 40 characters of base64, recognised only next to a name that says so. */
const AWS_SECRET_VALUE = /^[A-Za-z0-9/+]{40}$/;

/**
 * Judges one name = value pair: a known key format in the value, or a literal, non-reference,
 * key-length value under a name that says it holds a key.
 */
export function findKey(name: string, value: string): KeyFinding | undefined {
  const byPattern = findKeyPattern(value);
  if (byPattern) {
    return byPattern;
  }
  const normalized = normalizeName(name);
  const trimmed = value.trim();
  const keyName = KEY_NAME.test(normalized);
  const passwordName = !keyName && PASSWORD_NAME.test(normalized);
  if (!keyName && !passwordName) {
    return undefined;
  }
  if (isPlaceholder(trimmed)) {
    return { kind: "a placeholder default", masked: mask(trimmed) };
  }
  if (passwordName) {
    const literal = !isReference(trimmed) && trimmed.length >= MIN_PASSWORD_LENGTH && !/\s/.test(trimmed);
    // A password has no public prefix: show none of it.
    return literal ? { kind: "a literal password", masked: "****" } : undefined;
  }
  if (/SECRET_?ACCESS_?KEY$/.test(normalized) && AWS_SECRET_VALUE.test(trimmed)) {
    return { kind: "an AWS secret access key", masked: mask(trimmed) };
  }
  if (isReference(trimmed) || trimmed.length < MIN_NAMED_KEY_LENGTH || /\s/.test(trimmed)) {
    return undefined;
  }
  return { kind: "a literal key", masked: mask(trimmed) };
}

/**
 * `NAME=value`, `NAME: value`, `export NAME="value"`, `name = value` (credentials files) in a script.
 * The name and the spacing are bounded so that a long run of name characters with no `=` after it
 * costs linear time, not quadratic.
 */
const ASSIGNMENT = /\b([A-Za-z_][A-Za-z0-9_.-]{0,127})["']?[ \t]{0,16}[=:][ \t]{0,16}["']?([^\s"'#,;}]+)/g;

/** A key found in free text, with the name it was assigned to when there is one. */
export interface TextFinding extends KeyFinding {
  readonly name?: string;
}

/** Every key found in a script or document: assignments first, then bare key formats. */
export function findKeysInText(text: string): TextFinding[] {
  const findings: TextFinding[] = [];
  const seen = new Set<string>();
  for (const match of text.matchAll(ASSIGNMENT)) {
    const finding = findKey(match[1], match[2]);
    // The name belongs to the key only when the value is the key, not a URL or a flag around it.
    const valueIsKey = finding !== undefined && finding.masked === mask(match[2].trim());
    if (finding && valueIsKey && !seen.has(match[2])) {
      seen.add(match[2]);
      findings.push({ ...finding, name: match[1] });
    }
  }
  for (const { kind, pattern } of KEY_PATTERNS) {
    for (const match of text.matchAll(new RegExp(pattern.source, "g"))) {
      if (![...seen].some((value) => value.includes(match[0]))) {
        seen.add(match[0]);
        findings.push({ kind, masked: mask(match[0]) });
      }
    }
  }
  return findings;
}

/** `"OPENAI_API_KEY" holds an OpenAI API key ("sk-p****")`: the shared start of every message. */
export function describeFinding(where: string, finding: KeyFinding): string {
  return `${where} holds ${finding.kind} ("${finding.masked}") as a literal value`;
}

/** A secret found in a tree of values (Helm values, an environment map), with where it was found. */
export interface TreeFinding extends KeyFinding {
  /** The path to the value, dotted: `env.HF_TOKEN`, `auth[0].password`. */
  readonly path: string;
}

/** How deep and how wide a tree walk goes: values beyond are configuration nobody writes by hand. */
const MAX_TREE_DEPTH = 12;
const MAX_TREE_NODES = 5000;

/**
 * Every secret written in clear text in a tree of values: each string leaf is judged with the key
 * it sits under ({@link findKey}); a multi-line leaf (an embedded script or file) is searched as
 * text. Pulumi secrets, unknown values and anything beyond the depth and size bounds are skipped.
 * `{ name, value }` pairs (container environments) are judged under their `name`.
 */
export function findSecretsInTree(tree: unknown, root = ""): TreeFinding[] {
  const findings: TreeFinding[] = [];
  let budget = MAX_TREE_NODES;
  const visit = (value: unknown, key: string, path: string, depth: number): void => {
    if (budget-- <= 0 || depth > MAX_TREE_DEPTH || isPulumiSecret(value)) {
      return;
    }
    if (typeof value === "string") {
      const found = value.includes("\n")
        ? findKeysInText(value)
        : [findKey(key, value)].filter((f): f is KeyFinding => f !== undefined);
      for (const finding of found) {
        findings.push({ ...finding, path: path || root });
      }
      return;
    }
    const children = entriesOf(value);
    const pairName = tryRead(() => (isRecord(value) ? value.name : undefined));
    for (const [childKey, child] of children) {
      const childPath = path
        ? /^\d+$/.test(childKey)
          ? `${path}[${childKey}]`
          : `${path}.${childKey}`
        : childKey;
      const named = childKey === "value" && pairName.known && typeof pairName.value === "string";
      visit(child, named ? (pairName.value as string) : childKey, childPath, depth + 1);
    }
  };
  visit(tree, root, root, 0);
  return findings;
}

/** The known entries of an object or array; an unknown entry or container yields nothing. */
function entriesOf(value: unknown): [string, unknown][] {
  const keys = tryRead(() =>
    Array.isArray(value) ? value.map((_, i) => String(i)) : isRecord(value) ? Object.keys(value) : [],
  );
  if (!keys.known) {
    return [];
  }
  const container = value as Record<string, unknown>;
  return keys.value.flatMap((k): [string, unknown][] => {
    const child = tryRead(() => container[k]);
    return child.known ? [[k, child.value]] : [];
  });
}
