declare module '@aws-lite/dynamodb' {
  /** The aws-lite DynamoDB plugin; its methods are typed where it is used (persistence/awsLiteTable.ts). */
  const plugin: { name: string; service: string };
  export default plugin;
}
