export async function matchesCsv(): Promise<string> {
  throw new Error("not implemented");
}
