/**
 * Bedrock model identifiers as AiWorkloadRole accepts them, and the resource ARNs an invoke
 * permission needs. Pure: the component resolves the partition, region and account, then calls these.
 */

/**
 * Prefixes of the system-defined cross-region inference profiles (`us.anthropic...`,
 * `global.amazon...`). A model id with one of them names a profile, not a model.
 */
export const INFERENCE_PROFILE_GEO_PREFIXES: readonly string[] = [
  "us",
  "us-gov",
  "eu",
  "apac",
  "global",
  "ca",
  "jp",
  "au",
];

/** `provider.model-name[:version]`, such as `anthropic.claude-3-5-sonnet-20240620-v1:0`. */
const MODEL_ID = /^[a-z0-9-]+\.[A-Za-z0-9][A-Za-z0-9._:-]*$/;

/** A Bedrock ARN for a foundation model, an inference profile or an application inference profile. */
const MODEL_ARN =
  /^arn:(aws[a-z-]*):bedrock:([a-z0-9-]+):(\d{12})?:(foundation-model|inference-profile|application-inference-profile)\/([A-Za-z0-9][A-Za-z0-9._:-]*)$/;

/** A model reference resolved to what the policy grants. */
export interface ResolvedModel {
  /** ARNs invoked directly: the foundation model, or the inference profile. */
  readonly directArns: readonly string[];
  /**
   * For an inference profile: the underlying foundation model in every region the profile routes
   * to, allowed only through that profile (condition `bedrock:InferenceProfileArn`).
   */
  readonly throughProfile?: { readonly profileArn: string; readonly modelArn: string };
}

/** Where a model id is resolved. */
export interface ModelContext {
  readonly partition: string;
  readonly region: string;
  readonly accountId: string;
}

/** The geo prefix of a system-defined inference profile id, or `undefined` for a plain model id. */
export function inferenceProfilePrefix(modelId: string): string | undefined {
  const first = modelId.split(".")[0];
  return INFERENCE_PROFILE_GEO_PREFIXES.includes(first) && MODEL_ID.test(modelId.slice(first.length + 1))
    ? first
    : undefined;
}

/** A message when `value` is not a model id or model ARN that a role can be granted; `undefined` when it is. */
export function modelReferenceError(value: string): string | undefined {
  if (value.includes("*") || value.includes("?")) {
    return `invokeModels contains "${value}"; name each model by its id or ARN, a wildcard would grant every model it matches.`;
  }
  if (value.startsWith("arn:")) {
    return MODEL_ARN.test(value)
      ? undefined
      : `invokeModels contains "${value}", which is not a Bedrock foundation-model, inference-profile or application-inference-profile ARN.`;
  }
  return MODEL_ID.test(value)
    ? undefined
    : `invokeModels contains "${value}", which is not a Bedrock model id such as "anthropic.claude-3-5-sonnet-20240620-v1:0" or an inference profile id such as "us.amazon.nova-pro-v1:0".`;
}

/** The ARNs to grant for one valid model reference (see {@link modelReferenceError}). */
export function resolveModel(value: string, c: ModelContext): ResolvedModel {
  const arn = MODEL_ARN.exec(value);
  if (arn !== null) {
    const [, partition, , , kind, id] = arn;
    if (kind === "inference-profile") {
      const geo = inferenceProfilePrefix(id);
      return geo === undefined
        ? { directArns: [value] }
        : {
            directArns: [value],
            throughProfile: {
              profileArn: value,
              modelArn: `arn:${partition}:bedrock:*::foundation-model/${id.slice(geo.length + 1)}`,
            },
          };
    }
    return { directArns: [value] };
  }
  const geo = inferenceProfilePrefix(value);
  if (geo === undefined) {
    return { directArns: [`arn:${c.partition}:bedrock:${c.region}::foundation-model/${value}`] };
  }
  const profileArn = `arn:${c.partition}:bedrock:${c.region}:${c.accountId}:inference-profile/${value}`;
  return {
    directArns: [profileArn],
    throughProfile: {
      profileArn,
      modelArn: `arn:${c.partition}:bedrock:*::foundation-model/${value.slice(geo.length + 1)}`,
    },
  };
}
