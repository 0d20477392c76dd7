export * from "./ai-data-bucket";
export * from "./ai-data-bucket-args";
export * from "./bucket-policy";
export * from "./bucket-validation";
export * from "./lifecycle";
