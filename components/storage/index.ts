export * from "./ai-data-bucket";
export * from "./bucket-policy";
export * from "./bucket-validation";
export * from "./lifecycle";
