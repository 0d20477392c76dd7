import * as sdkProxy from "@pulumi/policy/proxy";

/** Values as a preview shows them, for the samples. */
const proxy = sdkProxy as unknown as { unknownStringValue: string; unknownBooleanValue: string };

/** The engine's sentinel for an unknown string. */
export const UNKNOWN: string = proxy.unknownStringValue;
/** The engine's sentinel for an unknown boolean. */
export const UNKNOWN_BOOL: string = proxy.unknownBooleanValue;
/** A customer-managed key's ARN, as a program that names an existing key writes it. */
export const KEY_ARN = "arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab";
/** A policy document with these statements. */
export const policyDocument = (...statements: object[]): string =>
  JSON.stringify({ Version: "2012-10-17", Statement: statements });
