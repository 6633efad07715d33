import http from "node:http"
import type { AddressInfo } from "node:net"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { MeilisearchSearchProvider } from "../service"

// A stand-in that records what the provider's client sends and answers an empty Meilisearch.
const received: http.IncomingHttpHeaders[] = []
const server = http.createServer((req, res) => {
  received.push(req.headers)
  res.writeHead(200, { "content-type": "application/json" })
  res.end(req.url?.startsWith("/stats") ? '{"indexes":{}}' : '{"results":[],"offset":0,"limit":10000,"total":0}')
})

beforeAll(() => new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve)))
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))

describe("the Meilisearch provider's client", () => {
  it("asks for uncompressed answers, with its key", async () => {
    const { port } = server.address() as AddressInfo
    const provider = new MeilisearchSearchProvider({}, { host: `http://127.0.0.1:${port}`, api_key: "key-1" })
    expect(await provider.listIndexes()).toEqual([])
    expect(received.length).toBeGreaterThan(0)
    for (const headers of received) {
      expect(headers["accept-encoding"]).toBe("identity")
      expect(headers.authorization).toBe("Bearer key-1")
    }
  })
})
