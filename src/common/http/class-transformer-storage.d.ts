/** class-transformer keeps its @Type() metadata in a storage it does not export from its index. */
declare module 'class-transformer/cjs/storage.js' {
  export const defaultMetadataStorage: {
    findTypeMetadata(target: Function, propertyName: string): { typeFunction(options?: unknown): Function } | undefined;
  };
}
