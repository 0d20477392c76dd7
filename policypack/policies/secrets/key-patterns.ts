/**
 * What an AI provider API key or an AWS credential looks like, in one place. Each pattern is a
 * documented or long-stable key format; providers whose keys have no prefix (Cohere, Mistral) are
 * recognised by the name of the variable that holds them.
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
];

/**
 * Names that say "this holds a key" (`OPENAI_API_KEY`, `HF_TOKEN`, `AWS_SECRET_ACCESS_KEY`,
 * `/prod/cohere/api-key`), tested on the name upper-cased with every run of other characters
 * turned into `_`. Anchored at the end so `API_KEY_SECRET_ARN` or `MAX_TOKENS` do not match.
 */
export const KEY_NAME =
  /(?:^|_)(?:API_?KEY|APIKEY|ACCESS_?TOKEN|AUTH_?TOKEN|TOKEN|SECRET_?ACCESS_?KEY|SECRET_?KEY|PRIVATE_?KEY)$/;

/** Names of AI providers, tested on a lower-cased name with other characters turned into `_`. */
export const AI_PROVIDER_NAME =
  /(?:^|_)(?:openai|azure_?openai|anthropic|claude|cohere|mistral|groq|huggingface|hugging_?face|hf|gemini|google_?ai|vertex_?ai|perplexity|pplx|xai|grok|replicate|together_?ai|deepseek|fireworks|voyage_?ai)(?:$|_)/;

/** True when a name (of a secret, a parameter, a variable) names an AI provider. */
export function namesAiProvider(name: string): boolean {
  return AI_PROVIDER_NAME.test(name.toLowerCase().replace(/[^a-z0-9]+/g, "_"));
}

/** Shortest value a name-only match reports: real API keys are longer, shorter values are placeholders. */
export const MIN_NAMED_KEY_LENGTH = 16;

/** Normalises a variable or parameter name for {@link KEY_NAME}. */
export function normalizeName(name: string): string {
  return name
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
  if (!KEY_NAME.test(normalized)) {
    return undefined;
  }
  if (/SECRET_?ACCESS_?KEY$/.test(normalized) && AWS_SECRET_VALUE.test(trimmed)) {
    return { kind: "an AWS secret access key", masked: mask(trimmed) };
  }
  if (isReference(trimmed) || trimmed.length < MIN_NAMED_KEY_LENGTH || /\s/.test(trimmed)) {
    return undefined;
  }
  return { kind: "a literal key", masked: mask(trimmed) };
}

/** `NAME=value`, `NAME: value`, `export NAME="value"`, `name = value` (credentials files) in a script. */
const ASSIGNMENT = /\b([A-Za-z_][A-Za-z0-9_.-]*)["']?\s*[=:]\s*["']?([^\s"'#,;}]+)/g;

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
