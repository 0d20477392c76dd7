import type { Scope } from "../../policypack/vocabulary";
import { unique } from "../common";

/**
 * Which AWS APIs an AiNetwork reaches through private endpoints, by scope. A pure table and
 * selector: the component turns the list into VpcEndpoints, the tests read it directly.
 */

/** One interface endpoint: the service suffix of `com.amazonaws.<region>.<service>` and the scope that needs it. */
export interface InterfaceEndpointSpec {
  /** The service part of `com.amazonaws.<region>.<service>`, such as `bedrock-runtime`. */
  readonly service: string;
  /** The lowest scope whose network gets the endpoint. */
  readonly minScope: Scope;
  /** Why a network of that scope needs it. */
  readonly reason: string;
}

/**
 * The interface endpoints, lowest scope first. Every private network needs KMS (encryption), CloudWatch
 * Logs (its own logs), STS (role credentials) and Secrets Manager (provider keys) without an internet
 * route; the model APIs come with the scopes that call them.
 */
export const INTERFACE_ENDPOINTS: readonly InterfaceEndpointSpec[] = [
  { service: "kms", minScope: 1, reason: "encrypt and decrypt with the stack's customer-managed keys" },
  { service: "logs", minScope: 1, reason: "write application and audit logs" },
  { service: "sts", minScope: 1, reason: "obtain role credentials" },
  { service: "secretsmanager", minScope: 1, reason: "read AI provider keys" },
  { service: "bedrock-runtime", minScope: 3, reason: "invoke foundation models" },
  { service: "bedrock", minScope: 3, reason: "manage guardrails, logging and customisation jobs" },
  { service: "sagemaker.api", minScope: 4, reason: "run customisation and training jobs" },
  { service: "sagemaker.runtime", minScope: 4, reason: "invoke SageMaker endpoints" },
  { service: "ecr.api", minScope: 5, reason: "authenticate to the image registry" },
  { service: "ecr.dkr", minScope: 5, reason: "pull training and inference images" },
];

/** The gateway endpoint every network gets: S3 traffic stays on the AWS network, at no hourly cost. */
export const GATEWAY_ENDPOINTS: readonly string[] = ["s3"];

/** Services whose endpoints invoke Bedrock foundation models, which are AWS-owned resources. */
export const BEDROCK_ENDPOINT_SERVICES: readonly string[] = ["bedrock-runtime", "bedrock"];

/** The interface endpoint services for `scope`, in table order, plus `extra` (deduplicated). */
export function interfaceEndpointsFor(scope: Scope, extra: readonly string[] = []): string[] {
  const chosen = INTERFACE_ENDPOINTS.filter((e) => e.minScope <= scope).map((e) => e.service);
  return unique([...chosen, ...extra]);
}

/** `com.amazonaws.us-east-1.bedrock-runtime` from the partition's reverse-DNS prefix, the region and the service. */
export function endpointServiceName(reverseDnsPrefix: string, region: string, service: string): string {
  return `${reverseDnsPrefix}.${region}.${service}`;
}

/** A resource-name-safe form of a service (`sagemaker.api` to `sagemaker-api`). */
export function endpointLogicalSuffix(service: string): string {
  return service.replace(/[^a-z0-9-]/g, "-");
}
