export * from "./gpu-fleet";
export * from "./gpu-launch-template";
export * from "./host-validation";
export * from "./instance-families";
export * from "./service-key";
export * from "./workload-security-group";
export * from "./gpu-node-group";
export * from "./gpu-node-group-validation";
