export * from "./guardrail";
export * from "./guardrail-config";
export * from "./guardrail-validation";
export * from "./invocation-logging";
export * from "./invocation-logging-policy";
export * from "./invocation-logging-validation";
export * from "./key-grants";
