export * from "./ai-network";
export { NETWORK_DEFAULT_SCOPE, type AiNetworkArgs } from "./ai-network-args";
export { FLOW_LOGS_SERVICE } from "./build-flow-logs";
export * from "./cidr";
export * from "./endpoint-policy";
export * from "./endpoints";
export * from "./network-validation";
/** The subnet tier tag the components set and the policy pack reads, from the shared vocabulary. */
export { NETWORK_TIER_TAG, NETWORK_TIERS, type NetworkTier } from "../../policypack/vocabulary";
