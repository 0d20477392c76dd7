import { todayUtc } from "../../policypack/framework/exemptions";
import { declaredScope, type DeclaredScope } from "../../policypack/framework/scope-context";
import {
  parseSettings,
  SETTINGS_POLICY_NAME,
  unknownSettingsProblems,
} from "../../policypack/framework/settings";
import { parseScope, type Scope } from "../../policypack/vocabulary";
import { describeKind, UsageError } from "./errors";

/** A pack config in Pulumi's `--policy-pack-config` format: policy name to level or settings. */
export type PackConfig = Record<string, unknown>;

/** Short text for a Node file-system error code. */
function describeFsError(error: unknown): string {
  const code = (error as { code?: string }).code;
  switch (code) {
    case "ENOENT":
      return "no such file";
    case "EACCES":
    case "EPERM":
      return "permission denied";
    case "EISDIR":
      return "it is a directory";
    default:
      return error instanceof Error ? error.message : String(error);
  }
}

/**
 * Parses the text of a `--config` file. It must be a JSON object keyed by policy name, as
 * `pulumi preview --policy-pack-config` takes it.
 */
export function parsePackConfigText(text: string, file: string): PackConfig {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    const reason = e instanceof Error ? e.message : String(e);
    throw new UsageError(
      `--config file ${file} is not valid JSON (${reason}); fix the file or pass another one`,
    );
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw new UsageError(
      `--config file ${file} must hold a JSON object keyed by policy name, as for pulumi --policy-pack-config (got ${describeKind(value)})`,
    );
  }
  return value as PackConfig;
}

/** Reads and parses a `--config` file; `readFile` is injected so this stays testable. */
export function readPackConfigFile(file: string, readFile: (path: string) => string): PackConfig {
  let text: string;
  try {
    text = readFile(file);
  } catch (e) {
    throw new UsageError(`cannot read --config file ${file}: ${describeFsError(e)}`);
  }
  return parsePackConfigText(text, file);
}

/** A copy of `config` whose `scopeguard-settings.scope` is `scope` (what `--scope` does). */
export function withScope(config: PackConfig, scope: Scope): PackConfig {
  const current = config[SETTINGS_POLICY_NAME];
  const settings =
    typeof current === "string"
      ? { enforcementLevel: current }
      : typeof current === "object" && current !== null && !Array.isArray(current)
        ? current
        : {};
  return { ...config, [SETTINGS_POLICY_NAME]: { ...settings, scope } };
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar date written `YYYY-MM-DD`. */
export function isIsoDate(text: string): boolean {
  const m = DATE.exec(text);
  if (!m) {
    return false;
  }
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return date.toISOString().slice(0, 10) === text;
}

function show(value: unknown): string {
  return typeof value === "string" ? value : JSON.stringify(value);
}

/** Problems with one exemption entry, `where` being `pack config: scopeguard-settings.exemptions[i]`. */
function exemptionProblems(entry: unknown, where: string, today: string): string[] {
  if (typeof entry !== "object" || entry === null || Array.isArray(entry)) {
    return [
      `${where} must be an object with policy, resource, reason and expires (got ${describeKind(entry)})`,
    ];
  }
  const e = entry as Record<string, unknown>;
  const problems: string[] = [];
  const requireText = (key: string, advice: string) => {
    const value = e[key];
    if (value === undefined) {
      problems.push(`${where}.${key} is missing; ${advice}`);
    } else if (typeof value !== "string") {
      problems.push(`${where}.${key} must be a string (got ${describeKind(value)}); ${advice}`);
    } else if (value.trim() === "") {
      problems.push(`${where}.${key} is empty; ${advice}`);
    }
  };
  requireText("policy", "name the policy the exemption applies to");
  requireText("resource", 'give the resource URN or a name pattern such as "training-*"');
  requireText("reason", "say why the exemption is acceptable");
  const expires = e.expires;
  if (expires === undefined) {
    problems.push(`${where}.expires is missing; give the last day the exemption holds as YYYY-MM-DD`);
  } else if (typeof expires !== "string" || !isIsoDate(expires)) {
    problems.push(
      `${where}.expires is ${show(expires)}, which is not a date in YYYY-MM-DD form; give the last day the exemption holds, e.g. 2031-12-31`,
    );
  } else if (expires < today) {
    problems.push(`${where}.expires is ${expires}, which is in the past; renew or remove the exemption`);
  }
  return problems;
}

/**
 * Checks the scopeguard settings in a pack config before anything runs: the scope is 1 to 5, and
 * every exemption names a policy and a resource, gives a non-empty reason, and an `expires` date
 * (YYYY-MM-DD, UTC) that is today or later. An exemption expiring today still holds today, as in the
 * pack. Returns one message per problem; the rest of the config is the engine's to validate.
 */
export function packConfigProblems(config: PackConfig, now: Date = new Date()): string[] {
  const settings = config[SETTINGS_POLICY_NAME];
  const where = `pack config: ${SETTINGS_POLICY_NAME}`;
  const disabled = disabledSettingsProblem(config);
  if (disabled !== undefined) {
    return [disabled];
  }
  if (settings === undefined || typeof settings === "string") {
    return [];
  }
  if (typeof settings !== "object" || settings === null || Array.isArray(settings)) {
    return [
      `${where} must be an object with scope and exemptions, or an enforcement level (got ${describeKind(settings)})`,
    ];
  }
  const s = settings as Record<string, unknown>;
  const problems: string[] = unknownSettingsProblems(s);
  if (s.scope !== undefined && !(typeof s.scope === "number" && parseScope(s.scope) !== undefined)) {
    problems.push(`${where}.scope must be an integer from 1 to 5 (got ${JSON.stringify(s.scope)})`);
  }
  if (s.exemptions !== undefined) {
    if (!Array.isArray(s.exemptions)) {
      problems.push(`${where}.exemptions must be a list of exemptions (got ${describeKind(s.exemptions)})`);
    } else {
      const today = todayUtc(now);
      s.exemptions.forEach((entry, i) =>
        problems.push(...exemptionProblems(entry, `${where}.exemptions[${i}]`, today)),
      );
    }
  }
  return problems;
}

/** The enforcement level an entry sets: a level string, or an object's `enforcementLevel`. */
function levelOf(entry: unknown): unknown {
  if (typeof entry === "string") return entry;
  return typeof entry === "object" && entry !== null
    ? (entry as { enforcementLevel?: unknown }).enforcementLevel
    : undefined;
}

/**
 * The settings policy carries the scope and the exemptions: disabled (by its own entry, or by an
 * `all` entry it does not override) the pack would check the stack at the scope it infers while
 * the report still shows the declared one. That is an error, not a way to turn settings off.
 */
function disabledSettingsProblem(config: PackConfig): string | undefined {
  const own = levelOf(config[SETTINGS_POLICY_NAME]);
  if (own === "disabled") {
    return `pack config: ${SETTINGS_POLICY_NAME} cannot be disabled: it carries the scope and exemptions, and without it the stack is checked at the scope the pack infers; remove its enforcementLevel "disabled"`;
  }
  if (own === undefined && levelOf(config.all) === "disabled") {
    return `pack config: "all": "disabled" would also disable ${SETTINGS_POLICY_NAME}, which carries the scope and exemptions; give ${SETTINGS_POLICY_NAME} its own level, e.g. "${SETTINGS_POLICY_NAME}": { "enforcementLevel": "remediate", ... }`;
  }
  return undefined;
}

/**
 * The scope the stack declares, by the pack's own rule (`scopeguard-settings.scope` in the pack
 * config wins over the `ai-scope` stack tag), applied to the config the preview sends the pack.
 */
export function declaredScopeOf(
  config: PackConfig,
  stackTags: Readonly<Record<string, string>>,
): DeclaredScope | undefined {
  return declaredScope(parseSettings(config[SETTINGS_POLICY_NAME]), new Map(Object.entries(stackTags)));
}
