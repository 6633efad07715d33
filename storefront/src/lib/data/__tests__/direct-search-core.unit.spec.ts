import { describe, expect, it } from "vitest"
import { createDirectSearchClient, REFRESH_MARGIN_MS, type DirectSession } from "../direct-search-core"

const index = { name: "product", primary_key: "id", fields: { id: { type: "keyword", filterable: true } } }

function harness(statuses: number[] = []) {
  let clock = 1_000_000
  const loads: DirectSession[] = []
  const sent: string[] = []
  const encodings: string[] = []
  const client = createDirectSearchClient({
    now: () => clock,
    loadSession: async () => {
      const session = {
        token: `token-${loads.length + 1}`,
        expires_at: new Date(clock + 10 * 60_000).toISOString(),
        index_uid: "product_v1",
        api_key_uid: "uid",
        index,
      }
      loads.push(session)
      return session
    },
    multiSearchUrl: () => "/api/search/multi-search",
    fetch: async (_url, init) => {
      const headers = init.headers as Record<string, string>
      sent.push(headers.authorization)
      encodings.push(headers["accept-encoding"])
      const status = statuses.shift() ?? 200
      return new Response(JSON.stringify({ results: [{ hits: [], estimatedTotalHits: 0 }] }), { status })
    },
  })
  return { client, loads, sent, encodings, tick: (ms: number) => (clock += ms) }
}

describe("the direct search client", () => {
  it("keeps one token and asks for a new one shortly before it expires", async () => {
    const { client, loads, sent, tick } = harness()
    await client.multiSearch([{ indexUid: "product_v1" }])
    await client.multiSearch([{ indexUid: "product_v1" }])
    expect(loads).toHaveLength(1)
    tick(10 * 60_000 - REFRESH_MARGIN_MS + 1)
    await client.multiSearch([{ indexUid: "product_v1" }])
    expect(loads).toHaveLength(2)
    expect(sent).toEqual(["Bearer token-1", "Bearer token-1", "Bearer token-2"])
  })

  it("asks Meilisearch for uncompressed answers (the server's hop; a browser drops the header)", async () => {
    const { client, encodings } = harness()
    await client.multiSearch([{ indexUid: "product_v1" }])
    expect(encodings).toEqual(["identity"])
  })

  it("refreshes once when Meilisearch refuses the token, and fails on a second refusal", async () => {
    const retried = harness([401])
    await retried.client.multiSearch([{ indexUid: "product_v1" }])
    expect(retried.sent).toEqual(["Bearer token-1", "Bearer token-2"])
    const refused = harness([403, 403])
    await expect(refused.client.multiSearch([{ indexUid: "product_v1" }])).rejects.toThrow(/403/)
    expect(refused.loads).toHaveLength(2)
  })

  it("answers null when the store has no direct path, and asks again a minute later", async () => {
    let asked = 0
    let clock = 0
    const client = createDirectSearchClient({
      now: () => clock,
      loadSession: async () => (asked++, null),
      multiSearchUrl: () => "/x",
    })
    expect(await client.session()).toBeNull()
    expect(await client.session()).toBeNull()
    expect(asked).toBe(1)
    clock += 61_000
    expect(await client.session()).toBeNull()
    expect(asked).toBe(2)
    await expect(client.search({ filters: {} })).rejects.toThrow(/no direct search path/)
  })
})
