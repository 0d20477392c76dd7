import * as aws from "@pulumi/aws";
import * as pulumi from "@pulumi/pulumi";
import {
  childOf,
  setChild,
  aiTags,
  argumentErrorMessage,
  show,
  tagArgsError,
  type AiTagArgs,
} from "../common";
import { ownKeyArgsError, ScopedKey } from "../kms";
import { logDataClassError, logRetentionError, logRetentionFor, type LogDataClass } from "./retention";

/** CloudWatch Logs group names: 1 to 512 letters, digits and `._-/#`. */
const LOG_GROUP_NAME = /^[A-Za-z0-9._\-/#]{1,512}$/;

/** Arguments of {@link EncryptedLogGroup}. Every field is optional. */
export interface EncryptedLogGroupArgs extends AiTagArgs {
  /**
   * What the group holds; decides the retention limits (audit logs at least
   * MIN_AUDIT_LOG_RETENTION_DAYS, prompt logs at most MAX_PROMPT_LOG_RETENTION_DAYS).
   * @default "audit-logs"
   */
  readonly dataClass?: LogDataClass;
  /**
   * Days log events are kept; one of the values CloudWatch Logs accepts, within the class's limits.
   * A plain number, so it is checked before anything is created.
   * @default 365 for audit-logs, 90 for prompt-logs
   */
  readonly retentionInDays?: number;
  /**
   * The log group's name, for services that expect a fixed name.
   * @default autonamed `<name>-<suffix>`
   */
  readonly logGroupName?: string;
  /**
   * ARN of an existing customer-managed key. Its policy must let `logs.<region>.amazonaws.com` use it.
   * @default a new ScopedKey named `<name>-key`, usable by CloudWatch Logs of this account only
   */
  readonly kmsKeyArn?: pulumi.Input<string>;
  /**
   * Administrators of the key the group creates (not allowed with `kmsKeyArn`).
   * @default [] (account-root recovery rights only)
   */
  readonly keyAdmins?: pulumi.Input<pulumi.Input<string>[]>;
  /**
   * CloudWatch Logs deletion protection: the group cannot be deleted until it is turned off, so
   * an intruder cannot erase the record of what they did.
   * @default true for audit-logs, false for prompt-logs
   */
  readonly deletionProtection?: boolean;
}

/** The first problem with `args`, without the component prefix; `undefined` when they are valid. */
export function encryptedLogGroupArgsError(name: string, args: EncryptedLogGroupArgs): string | undefined {
  const dataClass = args.dataClass ?? "audit-logs";
  const classProblem = logDataClassError(dataClass);
  if (classProblem !== undefined) return classProblem;
  return [
    tagArgsError(args),
    logRetentionError(dataClass, args.retentionInDays),
    args.logGroupName === undefined ||
    (typeof args.logGroupName === "string" && LOG_GROUP_NAME.test(args.logGroupName))
      ? undefined
      : `logGroupName ${show(args.logGroupName)} is not a CloudWatch Logs group name (1 to 512 letters, digits and "._-/#").`,
    ownKeyArgsError(name, args, "the log group"),
  ].find((m) => m !== undefined);
}

/**
 * A CloudWatch Logs log group encrypted with a customer-managed key, with a retention that its
 * data class bounds, and deletion protection for audit logs.
 */
export class EncryptedLogGroup extends pulumi.ComponentResource {
  /** The Pulumi type token of this component. */
  public static readonly typeToken = "scopeguard:logging:EncryptedLogGroup";

  /** The log group. */
  public readonly logGroup: aws.cloudwatch.LogGroup;
  /** The key the group created, when no `kmsKeyArn` was given. */
  public get key(): ScopedKey | undefined {
    return childOf(this, "key");
  }
  private set key(value: ScopedKey | undefined) {
    setChild(this, "key", value);
  }
  /** The group's name (known during preview). */
  public readonly logGroupName: pulumi.Output<string>;
  /** The group's ARN, built from its name so it is known during preview. */
  public readonly logGroupArn: pulumi.Output<string>;
  /** The ARN of the key that encrypts the group. */
  public readonly keyArn: pulumi.Output<string>;
  /** The retention, in days. */
  public readonly retentionInDays: number;

  /**
   * @param name The component's name; prefixes the log group name.
   * @param args See {@link EncryptedLogGroupArgs}.
   * @param opts Component resource options.
   */
  constructor(name: string, args: EncryptedLogGroupArgs = {}, opts?: pulumi.ComponentResourceOptions) {
    super(EncryptedLogGroup.typeToken, name, {}, opts);

    const problem = encryptedLogGroupArgsError(name, args);
    if (problem !== undefined) {
      throw new pulumi.ResourceError(argumentErrorMessage("EncryptedLogGroup", name, problem), this);
    }

    const parent = { parent: this };
    const dataClass = args.dataClass ?? "audit-logs";
    const partition = aws.getPartitionOutput({}, parent);
    const region = aws.getRegionOutput({}, parent);
    const identity = aws.getCallerIdentityOutput({}, parent);

    if (args.kmsKeyArn === undefined) {
      this.key = new ScopedKey(
        `${name}-key`,
        {
          description: `scopeguard: key of the ${dataClass} log group ${name}`,
          admins: args.keyAdmins,
          // CloudWatch Logs encrypts and decrypts the group's events itself, for this account only.
          services: [{ service: pulumi.interpolate`logs.${region.region}.${partition.dnsSuffix}` }],
          dataClass,
          scope: args.scope,
          system: args.system,
          owner: args.owner,
          tags: args.tags,
        },
        parent,
      );
    }
    this.keyArn = this.key?.keyArn ?? pulumi.output(args.kmsKeyArn as pulumi.Input<string>);
    this.retentionInDays = logRetentionFor(dataClass, args.retentionInDays);

    this.logGroup = new aws.cloudwatch.LogGroup(
      name,
      {
        name: args.logGroupName,
        retentionInDays: this.retentionInDays,
        kmsKeyId: this.keyArn,
        logGroupClass: "STANDARD",
        deletionProtectionEnabled: args.deletionProtection ?? dataClass === "audit-logs",
        tags: aiTags(args, dataClass),
      },
      parent,
    );
    this.logGroupName = this.logGroup.name;
    this.logGroupArn = pulumi.interpolate`arn:${partition.partition}:logs:${region.region}:${identity.accountId}:log-group:${this.logGroupName}`;
    this.registerOutputs({
      logGroupName: this.logGroupName,
      logGroupArn: this.logGroupArn,
      keyArn: this.keyArn,
    });
  }
}
