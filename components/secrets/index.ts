export * from "./ai-provider-secret";
export * from "./ai-provider-secret-args";
export * from "./secret-validation";
