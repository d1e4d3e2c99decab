/**
 * A driver adapter for the Prisma CLI's WebAssembly schema engine (never used by the app).
 *
 * Plain `PrismaPg` has two problems there (prisma/prisma#27403):
 * - catalog columns of type `"char"` (oid 18) and `name` (oid 19) "could not be deserialized",
 *   so we report them as `text` (oid 25), which is what their values are;
 * - its shadow database is opened on the main database's pool settings and dropped while its own
 *   pool is still connected; ours ends the shadow pool before `DROP DATABASE`.
 */
import { randomUUID } from "node:crypto";
import { PrismaPg } from "@prisma/adapter-pg";
import type { SqlDriverAdapter, SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import pg from "pg";

const TEXT_OID = 25;
const CATALOG_OIDS = new Set([18, 19]);

function fixFields(res: pg.QueryResult | undefined): void {
  for (const field of res?.fields ?? []) {
    if (CATALOG_OIDS.has(field.dataTypeID)) field.dataTypeID = TEXT_OID;
  }
}

/** Wraps `query` in both of pg's forms: promise-returning and callback-last. */
function patchQuery(target: { query: unknown }): void {
  const query = (target.query as (...args: unknown[]) => unknown).bind(target);
  target.query = (...args: unknown[]) => {
    const last = args[args.length - 1];
    if (typeof last === "function") {
      args[args.length - 1] = (error: unknown, res: pg.QueryResult) => {
        if (!error) fixFields(res);
        (last as (e: unknown, r: pg.QueryResult) => void)(error, res);
      };
      return query(...args);
    }
    const result = query(...args);
    return result instanceof Promise ? result.then((res: pg.QueryResult) => (fixFields(res), res)) : result;
  };
}

function reportCatalogTypesAsText(pool: pg.Pool): pg.Pool {
  patchQuery(pool as unknown as { query: unknown });
  pool.on("connect", (client) => patchQuery(client as unknown as { query: unknown }));
  return pool;
}

/**
 * PrismaPg's `executeScript` splits a migration on every `;`, which breaks a `;` inside a comment
 * or a PL/pgSQL body. PostgreSQL's simple query protocol runs a whole script in one call.
 */
async function connectWholeScripts(factory: PrismaPg, pool: pg.Pool): Promise<SqlDriverAdapter> {
  const adapter = await factory.connect();
  const onError = (adapter as unknown as { onError(error: unknown): never }).onError.bind(adapter);
  adapter.executeScript = async (script: string) => {
    try {
      await pool.query(script);
    } catch (error) {
      onError(error);
    }
  };
  return adapter;
}

function adapterFor(connectionString: string): { connect: () => Promise<SqlDriverAdapter>; pool: pg.Pool } {
  const pool = reportCatalogTypesAsText(new pg.Pool({ connectionString, max: 4, allowExitOnIdle: true }));
  const factory = new PrismaPg(pool, { disposeExternalPool: true });
  return { connect: () => connectWholeScripts(factory, pool), pool };
}

export function createCliAdapter(connectionString: string): SqlMigrationAwareDriverAdapterFactory {
  return {
    provider: "postgres",
    adapterName: "@prisma/adapter-pg",
    connect: () => adapterFor(connectionString).connect(),
    async connectToShadowDb(): Promise<SqlDriverAdapter> {
      const name = `prisma_shadow_${randomUUID().replaceAll("-", "")}`;
      const admin = new pg.Client({ connectionString });
      await admin.connect();
      await admin.query(`CREATE DATABASE "${name}"`);
      const shadowUrl = new URL(connectionString);
      shadowUrl.pathname = `/${name}`;
      const { connect, pool } = adapterFor(shadowUrl.toString());
      const adapter = await connect();
      const dispose = adapter.dispose.bind(adapter);
      adapter.dispose = async () => {
        await dispose();
        await pool.end().catch(() => undefined);
        await admin.query(`DROP DATABASE IF EXISTS "${name}"`);
        await admin.end();
      };
      return adapter;
    },
  };
}
