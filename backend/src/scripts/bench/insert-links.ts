import { LinkDefinition, MedusaContainer } from "@medusajs/framework/types"
import { composeTableName, compressName, ContainerRegistrationKeys, generateEntityId } from "@medusajs/framework/utils"

type LinkModuleLike = {
  __joinerConfig: {
    relationships?: { serviceName: string; foreignKey: string }[]
    databaseConfig?: { tableName?: string; idPrefix?: string }
  }
}
type PgConnection = { raw: (sql: string, bindings: unknown[]) => Promise<{ rows: Record<string, unknown>[] }> }

/**
 * Writes link rows straight into the link tables, one INSERT … SELECT unnest(…) per table: the
 * Link's own create() runs a uniqueness query with one OR branch per link and an ORM upsert,
 * which took longer than the rest of the load together. The table and its columns come from the
 * link module the Link would use (its table name composed the same way the link module does), so a
 * link this cannot place fails here. The bench's links are all new, so there is nothing to check.
 */
export async function insertLinks(container: MedusaContainer, links: LinkDefinition[]) {
  const remoteLink = container.resolve(ContainerRegistrationKeys.LINK) as unknown as {
    getLinkModule: (moduleA: string, keyA: string, moduleB: string, keyB: string) => LinkModuleLike | undefined
  }
  const pg = container.resolve(ContainerRegistrationKeys.PG_CONNECTION) as unknown as PgConnection
  const tables = new Map<string, { table: string; prefix: string; columns: string[]; rows: unknown[][] }>()
  for (const definition of links) {
    const [moduleA, moduleB] = Object.keys(definition).filter((key) => key !== "data")
    const [keyA] = Object.keys(definition[moduleA])
    const [keyB] = Object.keys(definition[moduleB])
    const service = remoteLink.getLinkModule(moduleA, keyA, moduleB, keyB)
    const [primary, foreign] = service?.__joinerConfig.relationships ?? []
    if (!primary || !foreign) throw new Error(`no link module between ${moduleA}.${keyA} and ${moduleB}.${keyB}`)
    const table = compressName(
      service!.__joinerConfig.databaseConfig?.tableName ??
        composeTableName(primary.serviceName, primary.foreignKey, foreign.serviceName, foreign.foreignKey).toLowerCase()
    )
    const extra = Object.keys((definition.data as Record<string, unknown> | undefined) ?? {})
    const columns = [keyA, keyB, ...extra]
    if (!tables.has(table)) {
      tables.set(table, {
        table,
        prefix: service!.__joinerConfig.databaseConfig?.idPrefix ?? "link",
        columns,
        rows: [],
      })
    }
    const entry = tables.get(table)!
    if (entry.columns.join() !== columns.join()) throw new Error(`links into ${table} disagree on their columns`)
    entry.rows.push([
      definition[moduleA][keyA],
      definition[moduleB][keyB],
      ...extra.map((key) => (definition.data as Record<string, unknown>)[key]),
    ])
  }
  for (const { table, prefix, columns, rows } of tables.values()) {
    const [{ exists }] = (await pg.raw("SELECT to_regclass(?) IS NOT NULL AS exists", [`"${table}"`])).rows
    if (!exists) throw new Error(`link table ${table} does not exist`)
    const arrays = [
      rows.map(() => generateEntityId(undefined, prefix)),
      ...columns.map((_, c) => rows.map((row) => row[c])),
    ]
    const types = ["text", ...columns.map((_, c) => (typeof rows[0][c] === "number" ? "numeric" : "text"))]
    await pg.raw(
      `INSERT INTO "${table}" ("id", ${columns.map((c) => `"${c}"`).join(", ")}) SELECT * FROM unnest(${types.map((t) => `?::${t}[]`).join(", ")})`,
      arrays
    )
  }
}
