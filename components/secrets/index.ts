export * from "./ai-provider-secret";
export * from "./secret-validation";
