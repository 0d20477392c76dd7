export * from "./api-settings";
export * from "./api-validation";
export * from "./inference-api";
export * from "./inference-api-args";
export * from "./waf-rules";
