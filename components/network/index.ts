export * from "./ai-network";
export { NETWORK_DEFAULT_SCOPE, type AiNetworkArgs } from "./ai-network-args";
export { FLOW_LOGS_SERVICE } from "./build-flow-logs";
export * from "./cidr";
export * from "./endpoint-policy";
export * from "./endpoints";
export * from "./network-validation";
export { NETWORK_TIER_TAG_KEY, SUBNET_TIERS } from "./subnets";
