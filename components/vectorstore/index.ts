export * from "./collection-policies";
export * from "./collection-validation";
export * from "./vector-collection";
export * from "./vector-collection-args";
