export * from "./actions";
export * from "./ai-workload-role";
export * from "./ai-workload-role-args";
export * from "./model-arns";
export * from "./role-validation";
export * from "./workload-policy";
