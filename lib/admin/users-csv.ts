export async function usersCsv(): Promise<string> {
  throw new Error("not implemented");
}
