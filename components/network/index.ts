export * from "./ai-network";
export * from "./cidr";
export * from "./endpoint-policy";
export * from "./endpoints";
export * from "./network-validation";
